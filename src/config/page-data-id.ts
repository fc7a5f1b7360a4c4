/** Id of the `<script type="application/json">` that carries a prerendered page's data. */
export const PAGE_DATA_ID = 'page-data';
