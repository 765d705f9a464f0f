import { getContext, setContext } from 'svelte';
import { SvelteMap } from 'svelte/reactivity';
import type { LiveEventFrame, LiveTopic } from '@forum/contracts';
import { follow } from './live.svelte';
import { plural } from './plural';

/** How long a new comment must stay on screen before it counts as seen. */
const SEEN_AFTER_MS = 1500;
const KEY = Symbol('arrivals');

/** Waiting: collapsed at its place, which is in view. Unseen: open elsewhere, marked new. Seeing: on screen, new until seen. */
export type ArrivalStage = 'waiting' | 'unseen' | 'seeing';

/**
 * Comments other people publish while the reader is on the page. Each arrives collapsed to zero
 * height at its place in the tree and opens only once that place is out of view, or when the
 * reader asks, so nothing the reader is looking at moves.
 */
export class Arrivals {
  /** Announced by a live event, not yet rendered. */
  #announced = new Set<string>();
  /** Rendered, not yet placed: collapsed from the very first frame. */
  #claimed = new Set<string>();
  #timers = new Map<string, ReturnType<typeof setTimeout>>();
  #toAnnounce = 0;
  readonly stages = new SvelteMap<string, ArrivalStage>();
  /** For a polite live region: "1 new comment". */
  announcement = $state('');

  hear(frames: LiveEventFrame[]): void {
    for (const frame of frames) if (frame.event.type === 'comment.published') this.#announced.add(frame.event.commentId);
  }

  /** Asked once, as a comment's element is created: was it announced live, by someone else? */
  claim(id: string, isOwn: boolean): boolean {
    if (!this.#announced.delete(id) || isOwn) return false;
    this.#claimed.add(id);
    return true;
  }

  stageOf(id: string): ArrivalStage | null {
    return this.stages.get(id) ?? (this.#claimed.has(id) ? 'waiting' : null);
  }

  /** Watches a claimed comment's element until it is seen; returns the cleanup. */
  place(node: HTMLElement, id: string): () => void {
    this.#claimed.delete(id);
    this.stages.set(id, 'waiting');
    this.#announce();
    const observer = new IntersectionObserver(([entry]) => {
      if (!entry) return;
      const stage = this.stages.get(id);
      if (stage === 'waiting' && !entry.isIntersecting) this.stages.set(id, 'unseen');
      else if (stage && stage !== 'waiting') this.#watch(id, entry.isIntersecting);
    });
    observer.observe(node);
    return () => {
      observer.disconnect();
      clearTimeout(this.#timers.get(id));
      this.#timers.delete(id);
      this.stages.delete(id);
    };
  }

  /** New comments the reader has not got in front of them: what the "Show" button counts. */
  get pending(): number {
    return [...this.stages.values()].filter((stage) => stage !== 'seeing').length;
  }

  /** The reader asked to see them: every waiting comment opens where it is. Returns the ids opened. */
  showAll(): string[] {
    const waiting = [...this.stages].filter(([, stage]) => stage === 'waiting').map(([id]) => id);
    for (const id of waiting) this.#watch(id, true);
    return waiting;
  }

  #watch(id: string, isVisible: boolean) {
    clearTimeout(this.#timers.get(id));
    this.#timers.delete(id);
    if (!this.stages.has(id)) return;
    this.stages.set(id, isVisible ? 'seeing' : 'unseen');
    if (isVisible) this.#timers.set(id, setTimeout(() => this.stages.delete(id), SEEN_AFTER_MS));
  }

  // Arrivals of one update make one announcement; a repeat gets a trailing space so it is read again.
  #announce() {
    this.#toAnnounce += 1;
    if (this.#toAnnounce > 1) return;
    queueMicrotask(() => {
      const text = plural(this.#toAnnounce, 'new comment', 'new comments');
      this.announcement = text === this.announcement ? `${text}\u00a0` : text;
      this.#toAnnounce = 0;
    });
  }
}

/**
 * For a page of a thread's comments, called as it is created: follows the thread, and the
 * signed-in member's own topic so the fate of their held comments shows, and provides the
 * page's arrivals to its comments.
 */
export function followThread(threadId: () => string, userId: () => string | null): Arrivals {
  const arrivals = setContext(KEY, new Arrivals());
  // Joined into one string so a reload with the same ids does not resubscribe.
  const topics = $derived([`thread:${threadId()}`, ...(userId() ? [`user:${userId()}`] : [])].join(' '));
  $effect(() => follow(topics.split(' ') as LiveTopic[], (frames) => arrivals.hear(frames)));
  return arrivals;
}

/** Only pages that follow live updates provide one. */
export const arrivalsHere = () => getContext<Arrivals | undefined>(KEY);
