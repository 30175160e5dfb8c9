// A consumer of the sample's API in TypeScript, through the client openapi-generator makes from api/openapi.json:
// pages through every product by cursor, forwards then back, and checks what it saw against the exact count.
import { Configuration, ProductsApi, CursorPageProductResponse } from "./client";

async function main(): Promise<void> {
  const api = new ProductsApi(new Configuration({ basePath: process.argv[2] }));
  const counted = await api.listProducts({ size: 1, count: true });
  const total = counted.totalItems;
  if (total === undefined || counted.totalPages === undefined) {
    throw new Error("count=true gave no totals");
  }

  const seen: number[] = [];
  const pages: CursorPageProductResponse[] = [];
  let page = await api.listProducts({ size: 7, sort: "-price" });
  for (;;) {
    pages.push(page);
    seen.push(...page.items.map((item) => item.id));
    if (page.next === undefined) {
      break;
    }
    page = await api.listProducts({ size: 7, cursor: page.next });
  }
  if (new Set(seen).size !== seen.length || seen.length !== total) {
    throw new Error(`walked ${seen.length} products (${new Set(seen).size} distinct) of ${total}`);
  }
  if (pages[0].totalItems !== undefined || pages[0].previous !== undefined) {
    throw new Error("the first page of an uncounted listing carries a total or a previous cursor");
  }

  const back: number[] = [];
  let earlier = pages[pages.length - 1];
  while (earlier.previous !== undefined) {
    earlier = await api.listProducts({ size: 7, cursor: earlier.previous });
    back.unshift(...earlier.items.map((item) => item.id));
  }
  const expected = seen.slice(0, seen.length - pages[pages.length - 1].items.length);
  if (JSON.stringify(back) !== JSON.stringify(expected)) {
    throw new Error("walking back by previous did not give the same products in the same order");
  }
  console.log(`typescript client: ${pages.length} pages of ${total} products by cursor, forwards and back`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
