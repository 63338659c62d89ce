/**
 * The site's public address: the origin of every canonical link, share
 * link, share image, feed and sitemap URL. A deployer sets it here, once,
 * and commits it (README, "Deploying"); SITE_URL overrides it for one build
 * (tests, a staging host). A copy published elsewhere under the wrong
 * address would send every shared link to this one.
 */
export const PUBLIC_ADDRESS = 'https://backstory.example';
