import { describe, expect, it } from 'vitest';
import { chooseAssignee, type AssignableAgent, type AssignmentInput } from './assignment.js';

const agent = (userId: string, email: string, lastAssignedAt: string | null): AssignableAgent => ({
  userId,
  email,
  name: `Agent ${userId}`,
  lastAssignedAt: lastAssignedAt === null ? null : new Date(lastAssignedAt),
});

const ana = agent('u-ana', 'Ana.Berg@Example.com', '2026-11-30T09:00:00Z');
const ben = agent('u-ben', 'ben@example.com', '2026-11-30T08:00:00Z');
const cem = agent('u-cem', 'cem@example.com', '2026-11-30T10:00:00Z');
const dora = agent('u-dora', 'dora@example.com', null);
const emil = agent('u-emil', 'emil@example.com', null);
const ben2 = agent('u-ben2', 'ben2@example.com', '2026-11-30T08:00:00Z');

const input = (over: Partial<AssignmentInput> = {}): AssignmentInput => ({
  accountOwner: null,
  agents: [ana, ben, cem, dora, emil, ben2],
  teamMembers: [ana, ben, cem],
  roundRobin: true,
  ...over,
});

describe('who gets a new case', () => {
  it.each<[string, Partial<AssignmentInput>, string | null, string]>([
    [
      'the account owner by e-mail, whatever its case',
      { accountOwner: '  ana.berg@EXAMPLE.com ' },
      'u-ana',
      'account-owner',
    ],
    ['the account owner by user id', { accountOwner: 'u-cem' }, 'u-cem', 'account-owner'],
    ['the account owner by name', { accountOwner: 'agent u-dora' }, 'u-dora', 'account-owner'],
    // The owner need not be in the case's team, and wins over round-robin and the queue.
    [
      'an owner outside the team',
      { accountOwner: 'emil@example.com', teamMembers: [ana] },
      'u-emil',
      'account-owner',
    ],
    [
      'an owner even when round-robin is off',
      { accountOwner: 'ben@example.com', roundRobin: false },
      'u-ben',
      'account-owner',
    ],
    // An owner who does not work cases here: round-robin as if there were none.
    ['an owner who is not an agent', { accountOwner: 'sales@example.com' }, 'u-ben', 'round-robin'],
    ['a user id in another case is not an id', { accountOwner: 'U-CEM' }, 'u-ben', 'round-robin'],
    ['no owner: the member who waited longest', {}, 'u-ben', 'round-robin'],
    ['never assigned comes first', { teamMembers: [ana, ben, emil, cem] }, 'u-emil', 'round-robin'],
    ['two never assigned: the lower id', { teamMembers: [emil, ana, dora] }, 'u-dora', 'round-robin'],
    ['the same wait: the lower id', { teamMembers: [ben2, cem, ben] }, 'u-ben', 'round-robin'],
    ['round-robin off: the team’s queue', { roundRobin: false }, null, 'queue'],
    ['no team: the queue', { teamMembers: [] }, null, 'queue'],
    [
      'nobody at all: the queue',
      { agents: [], teamMembers: [], accountOwner: 'ana.berg@example.com' },
      null,
      'queue',
    ],
  ])('%s', (_name, over, assigneeId, via) => {
    expect(chooseAssignee(input(over))).toEqual({ assigneeId, via });
  });

  it('the order of the members does not change the choice', () => {
    const members = [ana, ben2, cem, ben];
    const first = chooseAssignee(input({ teamMembers: members }));
    expect(chooseAssignee(input({ teamMembers: [...members].reverse() }))).toEqual(first);
    expect(first.assigneeId).toBe('u-ben');
  });

  it('does not reorder the caller’s list', () => {
    const members = [cem, ana, ben];
    chooseAssignee(input({ teamMembers: members }));
    expect(members.map((m) => m.userId)).toEqual(['u-cem', 'u-ana', 'u-ben']);
  });
});
