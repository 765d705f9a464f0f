import { describe, expect, it } from 'vitest';
import { type CommentState, type Decision, applyDecision, hideAfterReports, resubmitAfterRevision } from './states.ts';

describe('applyDecision', () => {
  const legal: Array<[CommentState, Decision, CommentState]> = [
    ['pending', 'approve', 'approved'],
    ['hidden', 'approve', 'approved'],
    ['spam', 'approve', 'approved'],
    ['rejected', 'approve', 'approved'],
    ['pending', 'reject', 'rejected'],
    ['hidden', 'reject', 'rejected'],
    ['approved', 'reject', 'rejected'],
    ['pending', 'spam', 'spam'],
    ['approved', 'spam', 'spam'],
    ['rejected', 'spam', 'spam'],
    ['rejected', 'restore', 'approved'],
    ['spam', 'restore', 'approved'],
    ['pending', 'return_for_revision', 'revision'],
    ['hidden', 'return_for_revision', 'revision'],
    ['approved', 'dismiss_reports', 'approved'],
    ['hidden', 'dismiss_reports', 'approved'],
    ['approved', 'hide', 'hidden'],
    ['approved', 'hold', 'pending'],
    ['hidden', 'hold', 'pending'],
    ['approved', 'requeue', 'pending'],
    ['rejected', 'requeue', 'pending'],
    ['spam', 'requeue', 'pending'],
    ['revision', 'requeue', 'pending'],
  ];
  it.each(legal)('%s --%s--> %s', (from, decision, to) => {
    expect(applyDecision(from, decision)).toEqual({ ok: true, to });
  });

  const illegal: Array<[CommentState, Decision]> = [
    ['approved', 'approve'],
    ['revision', 'approve'],
    ['rejected', 'reject'],
    ['spam', 'spam'],
    ['approved', 'restore'],
    ['pending', 'restore'],
    ['approved', 'return_for_revision'],
    ['revision', 'return_for_revision'],
    ['pending', 'dismiss_reports'],
    ['rejected', 'dismiss_reports'],
    ['pending', 'hide'],
    ['rejected', 'hold'],
    ['pending', 'requeue'],
  ];
  it.each(illegal)('%s cannot %s', (from, decision) => {
    const result = applyDecision(from, decision);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(from);
  });
});

describe('author and report transitions', () => {
  it('sends a revised comment back to the queue', () => {
    expect(resubmitAfterRevision('revision')).toEqual({ ok: true, to: 'pending' });
    expect(resubmitAfterRevision('rejected').ok).toBe(false);
  });

  it('hides only published comments', () => {
    expect(hideAfterReports('approved')).toEqual({ ok: true, to: 'hidden' });
    expect(hideAfterReports('pending').ok).toBe(false);
  });
});
