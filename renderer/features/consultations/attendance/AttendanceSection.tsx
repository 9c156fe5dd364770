import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/consultations/person';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useSnackbarStore } from '../../../components/snackbarStore';
import { useSetAttendance } from '../consultationQueries';
import type { ConsultationDetail } from '../editor/toConsultationInput';
import { usePersonName } from '../personName';
import { AttendeeList } from './AttendeeList';
import { QuickAdd } from './QuickAdd';
import { SexCount } from './SexCount';

interface AttendanceSectionProps {
  detail: ConsultationDetail;
  people: readonly Person[];
  /** Where the lead places the attendance-sheet import and the printable sign-in sheet. */
  tools?: ReactNode;
}

export function AttendanceSection({ detail, people, tools }: AttendanceSectionProps) {
  const { t } = useTranslation(['consultations', 'common']);
  const setAttendance = useSetAttendance();
  const nameOf = usePersonName();
  const showSnackbar = useSnackbarStore((state) => state.show);
  const storedIds = useMemo(() => detail.attendees.map((person) => person.id), [detail.attendees]);
  // The attendance as last sent. Each Enter sends the whole list, so a second person added before the
  // first answer arrives must build on what was sent, not on what the screen shows yet.
  const sentIds = useRef(storedIds);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  useEffect(() => {
    if (!setAttendance.isPending) sentIds.current = storedIds;
  }, [storedIds, setAttendance.isPending]);

  const send = (personIds: string[]) => {
    sentIds.current = personIds;
    // One after another, in the order typed: the last list sent is the one that stays.
    queue.current = queue.current.then(() =>
      setAttendance.mutateAsync({ consultationId: detail.id, personIds }).catch(() => undefined),
    );
    return queue.current;
  };
  const add = (person: Person) => {
    if (!sentIds.current.includes(person.id)) void send([...sentIds.current, person.id]);
  };
  const remove = (person: Person) =>
    void send(sentIds.current.filter((id) => id !== person.id)).then(() =>
      showSnackbar({
        text: t('attendance.removed', { name: nameOf(person) }),
        action: { label: t('common:undo'), run: () => add(person) },
      }),
    );

  const attending = useMemo(() => new Set(storedIds), [storedIds]);
  return (
    <section className="panel" aria-labelledby="attendance-heading">
      <h2 id="attendance-heading">{t('attendance.title')}</h2>
      {tools && <div className="attendance-tools">{tools}</div>}
      <SexCount attendees={detail.attendees} />
      {setAttendance.isError && <ErrorAlert title={t('attendance.saveFailed')} error={setAttendance.error} />}
      <QuickAdd people={people} attending={attending} onAdd={add} />
      <AttendeeList attendees={detail.attendees} onRemove={remove} />
    </section>
  );
}
