/*
 * scan.c - port change bookkeeping and the debounced re-enumeration.
 *
 * Arrivals, departures and ejections are counted, and the ports they
 * touched collected in PendingMask, under the FDO's StatsLock. A periodic
 * timer DPC looks at PendingMask; when it stayed the same for a whole
 * period and no update is running, the DPC asks the PnP manager to query
 * the hub's BusRelations again (IoInvalidateDeviceRelations may be called
 * at DISPATCH_LEVEL).
 */
#include "shub.h"

#ifdef ALLOC_PRAGMA
#pragma alloc_text(PAGE, ShbReadScanPeriod)
#pragma alloc_text(PAGE, ShbStartScanning)
#pragma alloc_text(PAGE, ShbStopScanning)
#endif

/* ---- the scan period ----------------------------------------------------------- */

/*
 * The INF may set ScanPeriodMs in the hub's device key to slow the scan
 * down on hubs with chatty firmware. Anything outside 50..5000 ms is
 * ignored.
 */
ULONG ShbReadScanPeriod(_In_ PSHB_FDO_EXTENSION Fdo)
{
    UNICODE_STRING name;
    HANDLE key = NULL;
    UCHAR buffer[sizeof(KEY_VALUE_PARTIAL_INFORMATION) + sizeof(ULONG)];
    PKEY_VALUE_PARTIAL_INFORMATION value = (PKEY_VALUE_PARTIAL_INFORMATION)buffer;
    ULONG length = 0;
    ULONG period = SHB_SCAN_PERIOD_MS;
    NTSTATUS status;

    PAGED_CODE();

    status = IoOpenDeviceRegistryKey(Fdo->UnderlyingPdo, PLUGPLAY_REGKEY_DEVICE, KEY_READ, &key);
    if (!NT_SUCCESS(status)) {
        return period;
    }

    RtlInitUnicodeString(&name, L"ScanPeriodMs");
    status = ZwQueryValueKey(key, &name, KeyValuePartialInformation, value, sizeof(buffer), &length);
    if (NT_SUCCESS(status) && value->Type == REG_DWORD && value->DataLength == sizeof(ULONG)) {
        period = *(PULONG)value->Data;
        if (period < 50 || period > 5000) {
            period = SHB_SCAN_PERIOD_MS;
        }
    }

    ZwClose(key);
    return period;
}

/* ---- arming and disarming the scan ------------------------------------------------ */

VOID ShbStartScanning(_In_ PSHB_FDO_EXTENSION Fdo)
{
    LARGE_INTEGER due;
    ULONG period;
    KIRQL irql;

    PAGED_CODE();

    period = ShbReadScanPeriod(Fdo);

    KeAcquireSpinLock(&Fdo->StatsLock, &irql);
    Fdo->ScanPeriodMs = period;
    Fdo->LastScanMask = 0;
    Fdo->ScanArmed = TRUE;
    KeReleaseSpinLock(&Fdo->StatsLock, irql);

    due.QuadPart = -10000LL * (LONGLONG)period;
    KeSetTimerEx(&Fdo->ScanTimer, due, (LONG)period, &Fdo->ScanDpc);
}

VOID ShbStopScanning(_In_ PSHB_FDO_EXTENSION Fdo)
{
    KIRQL irql;

    PAGED_CODE();

    KeAcquireSpinLock(&Fdo->StatsLock, &irql);
    Fdo->ScanArmed = FALSE;
#ifdef DRVLINT_BUG_FLUSH_DPCS_UNDER_LOCK
    KeCancelTimer(&Fdo->ScanTimer);
    KeFlushQueuedDpcs();    /* drvlint-expect: irql-too-high */
    KeReleaseSpinLock(&Fdo->StatsLock, irql);
#else
    KeReleaseSpinLock(&Fdo->StatsLock, irql);

    KeCancelTimer(&Fdo->ScanTimer);
    /* a DPC already queued may still run: wait until it did */
    KeFlushQueuedDpcs();
#endif
}

/* ---- counters ------------------------------------------------------------------------ */

/*
 * Called at PASSIVE_LEVEL by the IOCTL and PnP code and at DISPATCH_LEVEL
 * by the scan DPC. The lock is always taken with the AtDpcLevel routine;
 * callers below DISPATCH_LEVEL are raised first and lowered after.
 */
VOID ShbNotePortChange(_In_ PSHB_FDO_EXTENSION Fdo, _In_ ULONG Port, _In_ ULONG Event)
{
    KIRQL oldIrql = PASSIVE_LEVEL;
    BOOLEAN raised = FALSE;
    ULONG bit;

    if (Port >= SHB_MAX_PORTS) {
        return;
    }

    if (KeGetCurrentIrql() < DISPATCH_LEVEL) {
        KeRaiseIrql(DISPATCH_LEVEL, &oldIrql);
        raised = TRUE;
    }

    bit = 1UL << Port;

    KeAcquireSpinLockAtDpcLevel(&Fdo->StatsLock);
    switch (Event) {
    case SHB_EVENT_ARRIVAL:
        Fdo->Stats.Arrivals++;
        Fdo->OccupiedMask |= bit;
        Fdo->PendingMask |= bit;
        break;
    case SHB_EVENT_DEPARTURE:
        Fdo->Stats.Departures++;
        Fdo->OccupiedMask &= ~bit;
        Fdo->PendingMask |= bit;
        break;
    case SHB_EVENT_EJECT:
        /* the PnP manager drives the ejection; nothing to re-enumerate yet */
        Fdo->Stats.Ejections++;
        break;
    case SHB_EVENT_RESCAN:
        Fdo->Stats.Rescans++;
        break;
    default:
        break;
    }
    KeReleaseSpinLockFromDpcLevel(&Fdo->StatsLock);

#ifdef DRVLINT_BUG_NOTE_CHANGE_LOWER_RECHECK
    if (KeGetCurrentIrql() == DISPATCH_LEVEL) {
        KeLowerIrql(oldIrql);   /* drvlint-expect: irql-lower-unraised */
    }
#else
    if (raised) {
        KeLowerIrql(oldIrql);
    }
#endif
#ifdef DRVLINT_BUG_NOTE_CHANGE_LOWER_RECHECK
}   /* drvlint-expect: irql-exit-mismatch */
#else
}
#endif

/*
 * A consistent copy of the counters, for IOCTL_SHB_QUERY_PORTS and the
 * scan DPC's trace.
 */
VOID ShbSnapshotPorts(_In_ PSHB_FDO_EXTENSION Fdo, _Out_ PSHB_PORT_REPORT Report)
{
    KIRQL irql;
#ifdef DRVLINT_BUG_SNAPSHOT_RAISES_TO_APC
    KIRQL apcIrql;

    /* keep the thread from being suspended half way through the copy */
    KeRaiseIrql(APC_LEVEL, &apcIrql);   /* drvlint-expect: irql-raise-lowers */
#endif

    RtlZeroMemory(Report, sizeof(SHB_PORT_REPORT));
    Report->PortCount = SHB_MAX_PORTS;

    KeAcquireSpinLock(&Fdo->StatsLock, &irql);
    Report->OccupiedMask = Fdo->OccupiedMask;
    Report->PendingMask = Fdo->PendingMask;
    Report->Arrivals = Fdo->Stats.Arrivals;
    Report->Departures = Fdo->Stats.Departures;
    Report->Ejections = Fdo->Stats.Ejections;
    Report->Rescans = Fdo->Stats.Rescans;
    KeReleaseSpinLock(&Fdo->StatsLock, irql);

#ifdef DRVLINT_BUG_SNAPSHOT_RAISES_TO_APC
    KeLowerIrql(apcIrql);
#endif
}

/* ---- the scan DPC ----------------------------------------------------------------------- */

VOID ShbScanDpc(_In_ PKDPC Dpc, _In_opt_ PVOID DeferredContext,
                _In_opt_ PVOID SystemArgument1, _In_opt_ PVOID SystemArgument2)
{
    PSHB_FDO_EXTENSION fdo = (PSHB_FDO_EXTENSION)DeferredContext;
    SHB_PORT_REPORT snapshot;
    BOOLEAN report = FALSE;
#ifndef DRVLINT_CLEAN_DPC_LOCK_AT_DPC_LEVEL
    KIRQL irql;
#endif

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    if (fdo == NULL) {
        return;
    }

    /* A module is being seated right now: look again next period. */
    if (!ShbModulesQuiet(fdo)) {
        return;
    }

#ifdef DRVLINT_CLEAN_DPC_LOCK_AT_DPC_LEVEL
    /* a DPC already runs at DISPATCH_LEVEL */
    KeAcquireSpinLockAtDpcLevel(&fdo->StatsLock);
#else
    KeAcquireSpinLock(&fdo->StatsLock, &irql);
#endif
    if (!fdo->ScanArmed) {
        /* the hub is stopping: leave the pending ports alone */
#if defined(DRVLINT_BUG_DPC_RETURNS_LOCKED)
        return;     /* drvlint-expect: spinlock-held-at-exit */
#elif defined(DRVLINT_CLEAN_DPC_LOCK_AT_DPC_LEVEL)
        KeReleaseSpinLockFromDpcLevel(&fdo->StatsLock);
        return;
#elif defined(DRVLINT_BUG_DPC_DOUBLE_RELEASE)
        KeReleaseSpinLock(&fdo->StatsLock, irql);
#else
        KeReleaseSpinLock(&fdo->StatsLock, irql);
        return;
#endif
    }
    if (fdo->PendingMask != 0 && fdo->PendingMask == fdo->LastScanMask) {
        /* stable for a whole period: report it */
        fdo->PendingMask = 0;
        fdo->LastScanMask = 0;
        report = TRUE;
    } else {
        fdo->LastScanMask = fdo->PendingMask;
    }
#ifdef DRVLINT_CLEAN_DPC_LOCK_AT_DPC_LEVEL
    KeReleaseSpinLockFromDpcLevel(&fdo->StatsLock);
#elif defined(DRVLINT_BUG_DPC_DOUBLE_RELEASE)
    KeReleaseSpinLock(&fdo->StatsLock, irql);   /* drvlint-expect: spinlock-release-unheld */
#else
    KeReleaseSpinLock(&fdo->StatsLock, irql);
#endif

    if (report) {
        ShbNotePortChange(fdo, 0, SHB_EVENT_RESCAN);
        ShbSnapshotPorts(fdo, &snapshot);
        DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_INFO_LEVEL,
                   "shub: re-enumerating, ports %08lx occupied, %lu arrivals, %lu departures\n",
                   snapshot.OccupiedMask, snapshot.Arrivals, snapshot.Departures);
        IoInvalidateDeviceRelations(fdo->UnderlyingPdo, BusRelations);
    }
}
