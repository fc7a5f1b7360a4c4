// Reference for the 210 KB budget: the app's stack with nothing of the app — react, react-dom,
// react-query, react-router and one recharts chart. The bench reports its gzip JS next to the app's.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { Bar, BarChart, XAxis, YAxis } from 'recharts';

const DATA = [
  { name: 'А', value: 12 },
  { name: 'Б', value: 7 },
  { name: 'В', value: 5 },
];

function ChartPage() {
  const { data } = useQuery({ queryKey: ['bars'], queryFn: () => Promise.resolve(DATA) });
  return (
    <main>
      <h1>Стек</h1>
      {data && (
        <BarChart width={400} height={200} data={data}>
          <XAxis dataKey="name" />
          <YAxis />
          <Bar dataKey="value" fill="#2b6cb0" isAnimationActive={false} />
        </BarChart>
      )}
    </main>
  );
}

const router = createBrowserRouter([{ path: '*', element: <ChartPage /> }]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={new QueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
