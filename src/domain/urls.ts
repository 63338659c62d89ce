/** The site's URL scheme in one place (README, "URLs"). */
export const urls = {
  home: () => '/',
  article: (slug: string) => `/articles/${slug}/`,
  topics: () => '/topics/',
  topic: (slug: string) => `/topics/${slug}/`,
  archive: () => '/archive/',
  archiveYear: (year: number, page = 1) => (page > 1 ? `/archive/${year}/${page}/` : `/archive/${year}/`),
  page: (slug: string) => `/${slug}/`,
  author: (slug: string) => `/authors/${slug}/`,
  entity: (slug: string) => `/entities/${slug}/`,
  stories: () => '/stories/',
  story: (slug: string) => `/stories/${slug}/`,
  entities: () => '/entities/',
  search: (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
  /** Share card of an article, entity or story; `site` for every other page. */
  shareImage: (kind: ShareKind, slug: string) => `/og/${kind}/${slug}.png`,
};

export type ShareKind = 'article' | 'entity' | 'story' | 'site';
