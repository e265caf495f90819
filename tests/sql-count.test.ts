import { buildGraph } from "./support/graph";
import { createTestDatabase } from "./support/database";
import { createTestServer } from "./support/server";

/** article → quotes → speaker → quotes → article → topics, over every article at once. */
const DEEP_QUERY = `
  query Deep {
    articles(first: 100) {
      totalCount
      nodes {
        title
        topics { name }
        people { name }
        speakers { name }
        quotes {
          text
          topics { slug }
          speaker {
            name
            topics { slug }
            quotes(first: 100) {
              totalCount
              nodes {
                text
                article { slug topics { name } }
              }
            }
          }
        }
      }
    }
  }`;

async function measure(size: { articles: number; people: number; quotesPerArticle: number; topics: number }) {
  const db = await createTestDatabase();
  try {
    await buildGraph(db.prisma, size);
    const { execute, stop } = await createTestServer(db.prisma);
    db.statements.length = 0;
    const result = await execute(DEEP_QUERY);
    const statements = [...db.statements];
    await stop();
    return { result, statements };
  } finally {
    await db.close();
  }
}

describe("nested queries", () => {
  let small: Awaited<ReturnType<typeof measure>>;
  let large: Awaited<ReturnType<typeof measure>>;

  beforeAll(async () => {
    small = await measure({ articles: 2, people: 3, quotesPerArticle: 3, topics: 2 });
    large = await measure({ articles: 20, people: 30, quotesPerArticle: 9, topics: 20 });
  });

  it("returns every row of the deep query on both data sizes", () => {
    expect(small.result.errors).toBeUndefined();
    expect(large.result.errors).toBeUndefined();
    const count = (r: typeof small) => {
      const nodes = r.result.data!.articles.nodes as any[];
      const quotes = nodes.flatMap((a) => a.quotes);
      const nested = quotes.flatMap((q) => q.speaker.quotes.nodes);
      return { articles: nodes.length, quotes: quotes.length, nested: nested.length };
    };
    expect(count(small)).toEqual({ articles: 2, quotes: 6, nested: 12 });
    // 180 quotes, each speaker says 6 of them: 180 × 6 nested quotes.
    expect(count(large)).toEqual({ articles: 20, quotes: 180, nested: 1080 });
    expect(large.result.data!.articles.totalCount).toBe(20);
  });

  it("issues the same number of SQL statements whatever the number of rows", () => {
    expect(small.statements.length).toBeGreaterThan(0);
    expect(large.statements.length).toBe(small.statements.length);
    // One statement per relation, not per row: the page, its count, and one per loader the
    // query touches (article topics, people, quotes, speakers, quote topics, speaker topics,
    // speakers' quote pages, their counts, the quotes' articles).
    expect(small.statements.length).toBe(11);
  });
});
