import type { PrismaClient } from "../../src/db";

export interface GraphSize {
  articles: number;
  people: number;
  quotesPerArticle: number;
  topics: number;
}

/**
 * Writes a synthetic knowledge graph straight through Prisma (no text analysis): every article
 * quotes speakers round-robin, mentions them, and carries topics round-robin; every quote gets a
 * topic. Returns the ids it made. Names carry `tag` so several graphs can share a database.
 */
export async function buildGraph(prisma: PrismaClient, size: GraphSize, tag = "g") {
  const topics = [];
  for (let i = 0; i < size.topics; i++) {
    topics.push(await prisma.topic.create({ data: { slug: `${tag}-topic-${i}`, name: `Topic ${tag} ${i}`, keywords: [`kw${i}`] } }));
  }
  const people = [];
  for (let i = 0; i < size.people; i++) {
    people.push(
      await prisma.person.create({ data: { slug: `${tag}-person-${i}`, name: `Person ${tag} ${i}`, aliases: [`P${i}`], role: i % 2 ? "Minister" : null } }),
    );
  }
  const articles = [];
  let q = 0;
  for (let a = 0; a < size.articles; a++) {
    const paragraphs = Array.from({ length: size.quotesPerArticle }, (_, i) => `"Quote ${a}.${i}," someone said.`);
    const body = paragraphs.join("\n\n");
    const article = await prisma.article.create({
      data: { slug: `${tag}-article-${a}`, title: `Article ${tag} ${a}`, body, contentHash: `${tag}-${a}` },
    });
    articles.push(article);
    let offset = 0;
    const speakers = new Map<number, number>();
    for (let i = 0; i < size.quotesPerArticle; i++) {
      const speaker = people[q++ % people.length];
      const text = `Quote ${a}.${i},`;
      const quote = await prisma.quote.create({
        data: {
          articleId: article.id,
          speakerId: speaker.id,
          text,
          position: i,
          paragraph: i,
          startOffset: offset + 1,
          endOffset: offset + 1 + text.length,
          attribution: "someone said",
        },
      });
      offset += paragraphs[i].length + 2;
      if (!speakers.has(speaker.id)) speakers.set(speaker.id, quote.startOffset);
      await prisma.quoteTopic.create({ data: { quoteId: quote.id, topicId: topics[(a + i) % topics.length].id } });
    }
    await prisma.articlePerson.createMany({ data: [...speakers].map(([personId, firstMention]) => ({ articleId: article.id, personId, firstMention })) });
    await prisma.articleTopic.create({ data: { articleId: article.id, topicId: topics[a % topics.length].id } });
  }
  return { topics, people, articles };
}
