/*
 * worker.c - the worker system thread.
 *
 * The thread sleeps on two events: StopEvent (Unload wants it gone) and
 * WorkEvent (new records were appended). Every CTLQ_WORKER_PERIOD_MS it
 * also wakes up on its own to age the pending waits, so that a wait whose
 * record never comes ends with STATUS_IO_TIMEOUT.
 */
#include "ctlq.h"

#ifdef ALLOC_PRAGMA
#pragma alloc_text(PAGE, CtlqStartWorker)
#pragma alloc_text(PAGE, CtlqStopWorker)
#endif

VOID CtlqWorkerThread(_In_ PVOID StartContext)
{
    PCTLQ_EXTENSION ext = (PCTLQ_EXTENSION)StartContext;
    PVOID events[2];
    LARGE_INTEGER period;
    NTSTATUS status;

    events[0] = &ext->StopEvent;
    events[1] = &ext->WorkEvent;
    period.QuadPart = -10000LL * CTLQ_WORKER_PERIOD_MS;

    for (;;) {
        /* two objects: the thread's built-in wait blocks are enough */
        status = KeWaitForMultipleObjects(2, events, WaitAny, Executive, KernelMode, FALSE,
                                          &period, NULL);
        if (status == STATUS_WAIT_0) {
            break;
        }
        /* STATUS_WAIT_1: new records; STATUS_TIMEOUT: a period went by */
        CtlqServiceWaits(ext, (BOOLEAN)(status == STATUS_TIMEOUT));
    }

    PsTerminateSystemThread(STATUS_SUCCESS);
}

NTSTATUS CtlqStartWorker(_In_ PCTLQ_EXTENSION Ext)
{
    OBJECT_ATTRIBUTES attributes;
    HANDLE thread = NULL;
    NTSTATUS status;

    PAGED_CODE();

    InitializeObjectAttributes(&attributes, NULL, OBJ_KERNEL_HANDLE, NULL, NULL);
    status = PsCreateSystemThread(&thread, THREAD_ALL_ACCESS, &attributes, NULL, NULL,
                                  CtlqWorkerThread, Ext);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    /* Keep the thread object: Unload waits on it. The handle goes. */
    status = ObReferenceObjectByHandle(thread, THREAD_ALL_ACCESS, *PsThreadType, KernelMode,
                                       (PVOID *)&Ext->Worker, NULL);
    if (!NT_SUCCESS(status)) {
        /* cannot happen for a handle we just got; tell the thread to end */
        KeSetEvent(&Ext->StopEvent, IO_NO_INCREMENT, FALSE);
    }
    ZwClose(thread);
    return status;
}

VOID CtlqStopWorker(_In_ PCTLQ_EXTENSION Ext)
{
    KIRQL irql;

    PAGED_CODE();

    /* No wait is queued from now on. */
    KeAcquireSpinLock(&Ext->QueueLock, &irql);
    Ext->Stopping = TRUE;
#ifdef DRVLINT_BUG_WAIT_WORKER_UNDER_LOCK
    KeSetEvent(&Ext->StopEvent, IO_NO_INCREMENT, FALSE);
    KeWaitForSingleObject(Ext->Worker, Executive, KernelMode, FALSE, NULL);    /* drvlint-expect: irql-wait-at-dispatch */
    KeReleaseSpinLock(&Ext->QueueLock, irql);
#else
    KeReleaseSpinLock(&Ext->QueueLock, irql);

#ifdef DRVLINT_CLEAN_STOP_SIGNAL_WAIT_TRUE
    /* Wait = TRUE: the wait below follows at once, at PASSIVE_LEVEL */
    KeSetEvent(&Ext->StopEvent, IO_NO_INCREMENT, TRUE);
#else
    KeSetEvent(&Ext->StopEvent, IO_NO_INCREMENT, FALSE);
#endif
    KeWaitForSingleObject(Ext->Worker, Executive, KernelMode, FALSE, NULL);
#endif

    ObDereferenceObject(Ext->Worker);
    Ext->Worker = NULL;
}
