import MarkdownIt from 'markdown-it';

// html: false makes markdown-it escape any raw HTML, and its link validator drops javascript: URLs.
function renderer(rules: string[]) {
  const md = new MarkdownIt('zero', { html: false, linkify: true, breaks: true });
  md.enable(rules);
  const defaultOpen = md.renderer.rules.link_open ?? ((tokens, i, options, _env, self) => self.renderToken(tokens, i, options));
  md.renderer.rules.link_open = (tokens, i, options, env, self) => {
    tokens[i]!.attrSet('rel', 'nofollow ugc noopener');
    return defaultOpen(tokens, i, options, env, self);
  };
  return md;
}

const COMMENT_RULES = ['paragraph', 'newline', 'link', 'autolink', 'linkify', 'emphasis', 'list', 'blockquote', 'escape', 'backticks', 'entity'];
const ARTICLE_RULES = [...COMMENT_RULES, 'heading', 'hr'];

const commentMarkdown = renderer(COMMENT_RULES);
const articleMarkdown = renderer(ARTICLE_RULES);

/** The comment subset: paragraphs, links, emphasis, lists and block quotes; never raw HTML. */
export function renderCommentHtml(markdown: string): string {
  return commentMarkdown.render(markdown);
}

export function renderArticleHtml(markdown: string): string {
  return articleMarkdown.render(markdown);
}

export function plainExcerpt(markdown: string, length = 220): string {
  const text = markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`~]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

export function linksIn(markdown: string): string[] {
  return commentMarkdown.linkify.match(markdown)?.map((m) => m.url) ?? [];
}
