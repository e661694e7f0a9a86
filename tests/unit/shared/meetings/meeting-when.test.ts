import { describe, expect, it } from 'vitest';
import { checkMeetingWhen } from '#shared/meetings/meeting-when.ts';

const timed = { startDate: '2027-03-02', endDate: '', allDay: false, startTime: '09:00', endTime: '11:00' };

describe('when a meeting is, checked as one group', () => {
  it('takes a meeting within a day, over several days, and all day', () => {
    expect(checkMeetingWhen(timed)).toEqual({ ok: true, when: { startDate: '2027-03-02', endDate: '2027-03-02', startTime: '09:00', endTime: '11:00' } });
    expect(checkMeetingWhen({ ...timed, endDate: '2027-03-03', endTime: '08:00' })).toMatchObject({ ok: true, when: { endDate: '2027-03-03', endTime: '08:00' } });
    expect(checkMeetingWhen({ ...timed, allDay: true, startTime: 'x', endDate: '2027-03-04' })).toEqual({ ok: true, when: { startDate: '2027-03-02', endDate: '2027-03-04', startTime: null, endTime: null } });
  });

  it('names the first problem a user would fix, and the field it is in', () => {
    expect(checkMeetingWhen({ ...timed, startDate: '' })).toEqual({ ok: false, problem: 'startDateRequired', field: 'startDate' });
    expect(checkMeetingWhen({ ...timed, startDate: '2027-02-30' })).toMatchObject({ problem: 'startDateInvalid' });
    expect(checkMeetingWhen({ ...timed, endDate: '2027-13-01' })).toMatchObject({ problem: 'endDateInvalid' });
    expect(checkMeetingWhen({ ...timed, endDate: '2027-03-01' })).toMatchObject({ problem: 'endDateBeforeStart', field: 'endDate' });
    expect(checkMeetingWhen({ ...timed, startTime: '9' })).toMatchObject({ problem: 'startTimeInvalid' });
    expect(checkMeetingWhen({ ...timed, endTime: '24:00' })).toMatchObject({ problem: 'endTimeInvalid' });
    expect(checkMeetingWhen({ ...timed, endTime: '09:00' })).toMatchObject({ problem: 'endTimeNotAfterStart', field: 'endTime' });
  });
});
