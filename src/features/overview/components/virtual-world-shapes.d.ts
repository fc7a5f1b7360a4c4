// The country map's outlines, projected at build time (src/app/world-shapes-plugin.ts).
declare module 'virtual:world-shapes' {
  const shapes: import('./world-shapes').WorldShapes;
  export default shapes;
}
