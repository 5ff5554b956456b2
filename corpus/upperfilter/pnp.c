/*
 * pnp.c - Tally upper filter: Plug and Play.
 *
 * The filter passes every PnP IRP down. It looks at four of them:
 *   START_DEVICE            forward-and-wait, then read the settings;
 *   DEVICE_USAGE_NOTIFICATION keep DO_POWER_PAGABLE in step with the disk
 *                           when paging files come and go;
 *   QUERY_STOP/QUERY_REMOVE refused while a paging file lives on the disk;
 *   REMOVE_DEVICE           wait for I/O, pass down, detach, delete.
 */
#include "tally.h"

static BOOLEAN TfReadFlag(_In_ HANDLE Key, _In_z_ PCWSTR Name, _In_ BOOLEAN Default);

#pragma alloc_text(PAGE, TfDispatchPnp)
#pragma alloc_text(PAGE, TfReadFlag)
#pragma alloc_text(PAGE, TfLoadSettings)
#pragma alloc_text(PAGE, TfDetachFromStack)

/* Reads a REG_DWORD flag; anything unexpected means "use the default". */
static BOOLEAN
TfReadFlag(_In_ HANDLE Key, _In_z_ PCWSTR Name, _In_ BOOLEAN Default)
{
    UNICODE_STRING valueName;
    ULONG buffer[(sizeof(KEY_VALUE_PARTIAL_INFORMATION) + sizeof(ULONG) + sizeof(ULONG) - 1) / sizeof(ULONG)];
    PKEY_VALUE_PARTIAL_INFORMATION info = (PKEY_VALUE_PARTIAL_INFORMATION)buffer;
    ULONG resultLength = 0;
    NTSTATUS status;

    PAGED_CODE();

    RtlInitUnicodeString(&valueName, Name);
    status = ZwQueryValueKey(Key, &valueName, KeyValuePartialInformation, info, sizeof(buffer), &resultLength);
    if (!NT_SUCCESS(status) || info->Type != REG_DWORD || info->DataLength != sizeof(ULONG)) {
        return Default;
    }
    return (BOOLEAN)(*(const ULONG *)info->Data != 0);
}

VOID
TfLoadSettings(_In_ PTALLY_EXTENSION Ext)
{
    HANDLE key;

    PAGED_CODE();

    if (!NT_SUCCESS(IoOpenDeviceRegistryKey(Ext->Pdo, PLUGPLAY_REGKEY_DEVICE, KEY_READ, &key))) {
        return;
    }
    Ext->ScanZeroBlocks = TfReadFlag(key, L"TallyScanZeroBlocks", TRUE);
    Ext->RefuseHibernation = TfReadFlag(key, L"TallyRefuseHibernation", FALSE);
    ZwClose(key);
}

VOID
TfDetachFromStack(_In_ PTALLY_EXTENSION Ext)
{
    PAGED_CODE();

#ifdef DRVLINT_BUG_SURPRISE_DETACHES
    IoDetachDevice(Ext->Lower); /* drvlint-expect: pnp-surprise-remove-delete */
#else
    IoDetachDevice(Ext->Lower);
#endif
}

/* Waits until every IRP that holds the remove lock is done; REMOVE_DEVICE only. */
static VOID
TfDrainIo(_In_ PTALLY_EXTENSION Ext, _In_ PIRP Irp)
{
#ifdef DRVLINT_BUG_STOP_DRAINS_REMOVE_LOCK
    IoReleaseRemoveLockAndWait(&Ext->RemoveLock, Irp); /* drvlint-expect: remove-lock-wait-outside-remove */
#else
    IoReleaseRemoveLockAndWait(&Ext->RemoveLock, Irp);
#endif
}

/*
 * Paging files: the filter must not be DO_POWER_PAGABLE while the disk below
 * holds one. It becomes pageable before the lower drivers when the last
 * paging file goes, and non-pageable after them when the first one arrives.
 */
static NTSTATUS
TfUsageNotification(_In_ PTALLY_EXTENSION Ext, _In_ PIRP Irp, _In_ PIO_STACK_LOCATION Stack)
{
    DEVICE_USAGE_NOTIFICATION_TYPE type = Stack->Parameters.UsageNotification.Type;
    BOOLEAN inPath = Stack->Parameters.UsageNotification.InPath;
    BOOLEAN madePagable = FALSE;
    NTSTATUS status;

    if (type != DeviceUsageTypePaging) {
#ifdef DRVLINT_CLEAN_HIBERNATION_REFUSED
        if (type == DeviceUsageTypeHibernation && inPath && Ext->RefuseHibernation) {
            /* the administrator keeps hibernation files off this disk */
            status = STATUS_UNSUCCESSFUL;
            Irp->IoStatus.Status = status;
            IoCompleteRequest(Irp, IO_NO_INCREMENT);
            IoReleaseRemoveLock(&Ext->RemoveLock, Irp);
            return status;
        }
#endif
        return TfPassDown(Ext, Irp);
    }

    /* one paging notification at a time */
    KeWaitForSingleObject(&Ext->PagingEvent, Executive, KernelMode, FALSE, NULL);

    if (!inPath && Ext->PagingFiles == 1 && (Ext->Self->Flags & DO_POWER_INRUSH) == 0) {
        Ext->Self->Flags |= DO_POWER_PAGABLE;
        madePagable = TRUE;
    }

    status = TfForwardAndWait(Ext, Irp);
    if (NT_SUCCESS(status)) {
        IoAdjustPagingPathCount(&Ext->PagingFiles, inPath);
        if (inPath && Ext->PagingFiles == 1) {
            Ext->Self->Flags &= ~DO_POWER_PAGABLE;
        }
    } else {
        if (madePagable) {
            /* the lower drivers refused: back to how it was */
            Ext->Self->Flags &= ~DO_POWER_PAGABLE;
        }
#ifdef DRVLINT_BUG_USAGE_FAILURE_COMPLETED_TWICE
        KeSetEvent(&Ext->PagingEvent, IO_NO_INCREMENT, FALSE);
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
#endif
    }

    KeSetEvent(&Ext->PagingEvent, IO_NO_INCREMENT, FALSE);
#ifdef DRVLINT_BUG_USAGE_FAILURE_COMPLETED_TWICE
    IoCompleteRequest(Irp, IO_NO_INCREMENT); /* drvlint-expect: irp-double-complete */
#else
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
#endif
    IoReleaseRemoveLock(&Ext->RemoveLock, Irp);
    return status;
}

NTSTATUS
TfDispatchPnp(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PTALLY_EXTENSION ext = (PTALLY_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status;

    PAGED_CODE();

    status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);
    if (!NT_SUCCESS(status)) {
        Irp->IoStatus.Status = status;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return status;
    }

    switch (stack->MinorFunction) {
    case IRP_MN_START_DEVICE:
#ifdef DRVLINT_BUG_START_NOT_WAITED
        {
            KEVENT lowerDone;

            KeInitializeEvent(&lowerDone, NotificationEvent, FALSE);
            IoCopyCurrentIrpStackLocationToNext(Irp);
            IoSetCompletionRoutine(Irp, TfLowerDone, &lowerDone, TRUE, TRUE, TRUE);
            (void)IoCallDriver(ext->Lower, Irp);
            /* (the wait for a STATUS_PENDING return is missing) */
            status = Irp->IoStatus.Status; /* drvlint-expect: pnp-start-before-lower */
        }
#else
        status = TfForwardAndWait(ext, Irp);
#endif
        if (NT_SUCCESS(status)) {
            TfLoadSettings(ext);
            ext->Started = TRUE;
        }
        Irp->IoStatus.Status = status;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        IoReleaseRemoveLock(&ext->RemoveLock, Irp);
        return status;

    case IRP_MN_DEVICE_USAGE_NOTIFICATION:
        return TfUsageNotification(ext, Irp, stack);

    case IRP_MN_QUERY_STOP_DEVICE:
    case IRP_MN_QUERY_REMOVE_DEVICE:
        if (ext->PagingFiles > 0) {
            /* a disk holding a paging file cannot go away */
            status = STATUS_DEVICE_BUSY;
            Irp->IoStatus.Status = status;
            IoCompleteRequest(Irp, IO_NO_INCREMENT);
            IoReleaseRemoveLock(&ext->RemoveLock, Irp);
            return status;
        }
        Irp->IoStatus.Status = STATUS_SUCCESS;
        return TfPassDown(ext, Irp);

    case IRP_MN_CANCEL_STOP_DEVICE:
    case IRP_MN_CANCEL_REMOVE_DEVICE:
        Irp->IoStatus.Status = STATUS_SUCCESS;
        return TfPassDown(ext, Irp);

    case IRP_MN_STOP_DEVICE:
        ext->Started = FALSE;
        Irp->IoStatus.Status = STATUS_SUCCESS;
#ifdef DRVLINT_BUG_STOP_DRAINS_REMOVE_LOCK
        /* let the in-flight transfers finish before the disk stops */
        TfDrainIo(ext, Irp);
        IoSkipCurrentIrpStackLocation(Irp);
        return IoCallDriver(ext->Lower, Irp);
#else
        return TfPassDown(ext, Irp);
#endif

    case IRP_MN_SURPRISE_REMOVAL:
        ext->Gone = TRUE;
#ifdef DRVLINT_BUG_SURPRISE_DETACHES
        /* route nothing more through a device that is gone */
        TfDetachFromStack(ext);
#endif
        Irp->IoStatus.Status = STATUS_SUCCESS;
        return TfPassDown(ext, Irp);

    case IRP_MN_REMOVE_DEVICE:
#ifdef DRVLINT_BUG_REMOVE_FAILS_WHILE_PAGING
        if (ext->PagingFiles > 0) {
            status = STATUS_DEVICE_BUSY;
            Irp->IoStatus.Status = status;
            IoCompleteRequest(Irp, IO_NO_INCREMENT); /* drvlint-expect: pnp-remove-failed */
            IoReleaseRemoveLock(&ext->RemoveLock, Irp);
            return status; /* drvlint-expect: pnp-remove-sequence */
        }
#endif
        ext->Started = FALSE;
        TfDrainIo(ext, Irp);
        Irp->IoStatus.Status = STATUS_SUCCESS;
#ifdef DRVLINT_BUG_REMOVE_DETACH_BEFORE_FORWARD
        TfDetachFromStack(ext);
#endif
        IoSkipCurrentIrpStackLocation(Irp);
        status = IoCallDriver(ext->Lower, Irp);
#ifdef DRVLINT_BUG_REMOVE_DETACH_BEFORE_FORWARD
        IoDeleteDevice(DeviceObject);
        return status; /* drvlint-expect: pnp-remove-sequence */
#else
        TfDetachFromStack(ext);
        IoDeleteDevice(DeviceObject);
        return status;
#endif

    default:
#ifdef DRVLINT_BUG_UNKNOWN_MINOR_COMPLETED
        status = Irp->IoStatus.Status;
        IoCompleteRequest(Irp, IO_NO_INCREMENT); /* drvlint-expect: pnp-not-forwarded */
        IoReleaseRemoveLock(&ext->RemoveLock, Irp);
        return status;
#else
        return TfPassDown(ext, Irp);
#endif
    }
}
