/*
 * journal.c - the record journal: a ring of CTLQ_JOURNAL_SLOTS records
 * under JournalLock. When it is full the oldest record is overwritten.
 * Every routine here may run at DISPATCH_LEVEL (the relay completion
 * routine journals the peer's answers).
 */
#include "ctlq.h"

/* Index of the oldest record; JournalLock held. */
static ULONG CtlqOldestSlot(_In_ PCTLQ_EXTENSION Ext)
{
    return (Ext->JournalNext + CTLQ_JOURNAL_SLOTS - Ext->JournalCount) % CTLQ_JOURNAL_SLOTS;
}

/* The worker completes the waits that a new record satisfies. */
VOID CtlqKickWorker(_In_ PCTLQ_EXTENSION Ext)
{
#ifdef DRVLINT_BUG_KICK_WITH_WAIT
    /* let the worker run before the caller goes on */
    KeSetEvent(&Ext->WorkEvent, IO_NO_INCREMENT, TRUE);     /* drvlint-expect: irql-set-event-wait */
#else
    KeSetEvent(&Ext->WorkEvent, IO_NO_INCREMENT, FALSE);
#endif
}

ULONG CtlqJournalAppend(_In_ PCTLQ_EXTENSION Ext, _In_ ULONG Source,
                        _In_reads_bytes_(Length) const UCHAR *Payload, _In_ ULONG Length)
{
    LARGE_INTEGER now;
    PCTLQ_RECORD slot;
    ULONG sequence;
    KIRQL irql;

    if (Length > CTLQ_PAYLOAD_BYTES) {
        Length = CTLQ_PAYLOAD_BYTES;
    }
    KeQuerySystemTime(&now);

    KeAcquireSpinLock(&Ext->JournalLock, &irql);
    sequence = ++Ext->LastSequence;
    slot = &Ext->Journal[Ext->JournalNext];
    slot->Sequence = sequence;
    slot->Source = Source;
    slot->Time = now;
    RtlZeroMemory(slot->Payload, sizeof(slot->Payload));
    RtlCopyMemory(slot->Payload, Payload, Length);
    Ext->JournalNext = (Ext->JournalNext + 1) % CTLQ_JOURNAL_SLOTS;
    if (Ext->JournalCount < CTLQ_JOURNAL_SLOTS) {
        Ext->JournalCount++;
    }
    KeReleaseSpinLock(&Ext->JournalLock, irql);

    return sequence;
}

/* The oldest record newer than AfterSequence, if there is one. */
BOOLEAN CtlqJournalFind(_In_ PCTLQ_EXTENSION Ext, _In_ ULONG AfterSequence, _Out_ PCTLQ_RECORD Record)
{
    BOOLEAN found = FALSE;
    ULONG slot;
    ULONG i;
    KIRQL irql;

    RtlZeroMemory(Record, sizeof(CTLQ_RECORD));

    KeAcquireSpinLock(&Ext->JournalLock, &irql);
    slot = CtlqOldestSlot(Ext);
    for (i = 0; i < Ext->JournalCount; i++) {
        if (Ext->Journal[slot].Sequence > AfterSequence) {
            *Record = Ext->Journal[slot];
            found = TRUE;
            break;
        }
        slot = (slot + 1) % CTLQ_JOURNAL_SLOTS;
    }
    KeReleaseSpinLock(&Ext->JournalLock, irql);

    return found;
}

/* Copies up to Capacity records newer than AfterSequence, oldest first. */
ULONG CtlqJournalCopy(_In_ PCTLQ_EXTENSION Ext, _In_ ULONG AfterSequence,
                      _Out_writes_(Capacity) PCTLQ_RECORD Records, _In_ ULONG Capacity)
{
    ULONG copied = 0;
    ULONG slot;
    ULONG i;
    KIRQL irql;

    KeAcquireSpinLock(&Ext->JournalLock, &irql);
    slot = CtlqOldestSlot(Ext);
    for (i = 0; i < Ext->JournalCount && copied < Capacity; i++) {
        if (Ext->Journal[slot].Sequence > AfterSequence) {
            Records[copied++] = Ext->Journal[slot];
        }
        slot = (slot + 1) % CTLQ_JOURNAL_SLOTS;
    }
    KeReleaseSpinLock(&Ext->JournalLock, irql);

    return copied;
}

VOID CtlqJournalTotals(_In_ PCTLQ_EXTENSION Ext, _Out_ PULONG Records, _Out_ PULONG LastSequence)
{
    KIRQL irql;

    KeAcquireSpinLock(&Ext->JournalLock, &irql);
    *Records = Ext->JournalCount;
    *LastSequence = Ext->LastSequence;
    KeReleaseSpinLock(&Ext->JournalLock, irql);
}
