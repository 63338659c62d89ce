// npm run new -- "Headline of the explainer"
// Creates content/articles/<slug>.md (under BACKSTORY_CONTENT_DIR when set) as
// a draft dated today, with every front-matter field stubbed and explained.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { slugify } from '../src/domain/slugs.ts'; // Node 24 runs TypeScript by stripping types
// A bad setting (BACKSTORY_NOW, BACKSTORY_CONTENT_DIR…) is reported as one line that says how to fix it.
const { now: clock, settings } = await import('../src/config/env.ts').catch((err) => {
  console.error(err.message);
  process.exit(2);
});

const title = process.argv.slice(2).join(' ').trim();
if (!title) {
  console.error('Usage: npm run new -- "Headline of the explainer"');
  process.exit(2);
}
const slug = slugify(title);
const dir = resolve(settings.contentDir, 'articles');
const file = join(dir, `${slug}.md`);
if (existsSync(file)) {
  console.error(`${relative(process.cwd(), file)} already exists. Fix: choose another headline, or edit that file.`);
  process.exit(1);
}
const now = clock();
const today = now.toISOString().slice(0, 10);
const yaml = (s) => JSON.stringify(s);

mkdirSync(dir, { recursive: true });
writeFileSync(
  file,
  `---
title: ${yaml(title)}   # the headline; the file name (${slug}.md) is the URL and must not change once published
description: "TODO: one or two sentences, the dek and share text."   # required
publishedAt: ${today}   # required: a date, or a date-time with offset such as ${today}T09:00:00+09:00
# updatedAt: ${today}   # optional: the last meaningful change
topics: [todo]   # required: one or more topic slugs, e.g. [north-korea, japan]
authors: [staff]   # optional
draft: true   # remove when the explainer is ready to publish
# story: todo   # optional: a story in content/stories/
# redirectFrom: [old-slug]   # optional: if you ever rename this file, list the old slug here so old links keep working
# corrections:   # optional, dated log of corrected errors
#   - date: ${today}
#     text: "An earlier version said ..."
# updates:   # optional, dated log of meaningful additions
#   - date: ${today}
#     text: "Added ..."
---

:::key-points
- TODO: the first thing a reader must know.
- TODO: the second.
- TODO: the third.
:::

:::what-happened
TODO
:::

:::why-it-matters
TODO
:::

:::whats-next
TODO
:::

## Sources

- TODO: publisher, "title", date.
`,
);
console.log(`Created ${relative(process.cwd(), file)} (a draft: visible in npm run dev, not published).`);
