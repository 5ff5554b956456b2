/*
 * filter.c - Tally upper filter: driver object setup, AddDevice, the
 * pass-through dispatch routine and the private counters IOCTL.
 */
#include "tally.h"

#pragma alloc_text(INIT, DriverEntry)
#pragma alloc_text(PAGE, TfAddDevice)
#pragma alloc_text(PAGE, TfUnload)

NTSTATUS
DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    ULONG major;

    UNREFERENCED_PARAMETER(RegistryPath);

    /* whatever the filter does not look at goes straight down */
    for (major = 0; major <= IRP_MJ_MAXIMUM_FUNCTION; major++) {
        DriverObject->MajorFunction[major] = TfDispatchPassThrough;
    }
    DriverObject->MajorFunction[IRP_MJ_READ] = TfDispatchReadWrite;
    DriverObject->MajorFunction[IRP_MJ_WRITE] = TfDispatchReadWrite;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = TfDispatchDeviceControl;
    DriverObject->MajorFunction[IRP_MJ_PNP] = TfDispatchPnp;
    DriverObject->MajorFunction[IRP_MJ_POWER] = TfDispatchPower;
#ifdef DRVLINT_CLEAN_FLUSH_FORWARD_AND_WAIT
    DriverObject->MajorFunction[IRP_MJ_FLUSH_BUFFERS] = TfDispatchFlush;
#endif
    DriverObject->DriverExtension->AddDevice = TfAddDevice;
    DriverObject->DriverUnload = TfUnload;
    return STATUS_SUCCESS;
}

VOID
TfUnload(_In_ PDRIVER_OBJECT DriverObject)
{
    PAGED_CODE();
    UNREFERENCED_PARAMETER(DriverObject);
}

NTSTATUS
TfAddDevice(_In_ PDRIVER_OBJECT DriverObject, _In_ PDEVICE_OBJECT PhysicalDeviceObject)
{
    PDEVICE_OBJECT filter = NULL;
    PTALLY_EXTENSION ext;
    NTSTATUS status;

    PAGED_CODE();

    status = IoCreateDevice(DriverObject, sizeof(TALLY_EXTENSION), NULL, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &filter);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    ext = (PTALLY_EXTENSION)filter->DeviceExtension;
    RtlZeroMemory(ext, sizeof(TALLY_EXTENSION));
    ext->Self = filter;
    ext->Pdo = PhysicalDeviceObject;
    ext->ScanZeroBlocks = TRUE;
    IoInitializeRemoveLock(&ext->RemoveLock, TALLY_POOL_TAG, 0, 0);
    KeInitializeEvent(&ext->PagingEvent, SynchronizationEvent, TRUE);
    KeInitializeSpinLock(&ext->StatsLock);

    ext->Lower = IoAttachDeviceToDeviceStack(filter, PhysicalDeviceObject);
    if (ext->Lower == NULL) {
        IoDeleteDevice(filter);
        return STATUS_NO_SUCH_DEVICE;
    }

    /* look like the device below to the drivers above */
    filter->DeviceType = ext->Lower->DeviceType;
    filter->Characteristics = ext->Lower->Characteristics;
    filter->Flags |= ext->Lower->Flags & (DO_BUFFERED_IO | DO_DIRECT_IO | DO_POWER_PAGABLE);
#ifndef DRVLINT_BUG_NO_CLEAR_INITIALIZING
    filter->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
#else
    return STATUS_SUCCESS; /* drvlint-expect: adddevice-init-not-cleared */
#endif
}

/* Runs when the lower drivers finished an IRP sent by TfForwardAndWait. */
NTSTATUS
TfLowerDone(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp, _In_opt_ PVOID Context)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);

    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

/* Sends the IRP down and waits until the lower drivers are done with it. */
NTSTATUS
TfForwardAndWait(_In_ PTALLY_EXTENSION Ext, _In_ PIRP Irp)
{
    KEVENT lowerDone;
    NTSTATUS status;

    KeInitializeEvent(&lowerDone, NotificationEvent, FALSE);
    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, TfLowerDone, &lowerDone, TRUE, TRUE, TRUE);
    status = IoCallDriver(Ext->Lower, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&lowerDone, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    return status;
}

/* Passes an IRP on untouched and drops its remove lock. */
NTSTATUS
TfPassDown(_In_ PTALLY_EXTENSION Ext, _In_ PIRP Irp)
{
    NTSTATUS status;

    IoSkipCurrentIrpStackLocation(Irp);
    status = IoCallDriver(Ext->Lower, Irp);
    IoReleaseRemoveLock(&Ext->RemoveLock, Irp);
    return status;
}

NTSTATUS
TfDispatchPassThrough(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PTALLY_EXTENSION ext = (PTALLY_EXTENSION)DeviceObject->DeviceExtension;
    NTSTATUS status;

    status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);
    if (!NT_SUCCESS(status)) {
        Irp->IoStatus.Status = status;
        Irp->IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return status;
    }
    IoSkipCurrentIrpStackLocation(Irp);
    status = IoCallDriver(ext->Lower, Irp);
#ifdef DRVLINT_BUG_PASSTHROUGH_TOUCHES_IRP
    if (!NT_SUCCESS(Irp->IoStatus.Status)) { /* drvlint-expect: irp-use-after-complete */
        InterlockedIncrement((PLONG)&ext->Counters.FailedTransfers);
    }
#endif
    IoReleaseRemoveLock(&ext->RemoveLock, Irp);
#ifdef DRVLINT_BUG_PASSTHROUGH_RETURNS_SUCCESS
    /* the request is on its way */
    return STATUS_SUCCESS; /* drvlint-expect: irp-lower-driver-return */
#else
    return status;
#endif
}

#ifdef DRVLINT_CLEAN_FLUSH_FORWARD_AND_WAIT
/*
 * Counts a flush only once the disk has really flushed: the IRP is sent down,
 * the filter waits for the lower drivers, then completes it itself.
 */
NTSTATUS
TfDispatchFlush(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PTALLY_EXTENSION ext = (PTALLY_EXTENSION)DeviceObject->DeviceExtension;
    NTSTATUS status;

    status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);
    if (!NT_SUCCESS(status)) {
        Irp->IoStatus.Status = status;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return status;
    }
    status = TfForwardAndWait(ext, Irp);
    if (NT_SUCCESS(status)) {
        InterlockedIncrement((PLONG)&ext->Counters.Flushes);
    }
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    IoReleaseRemoveLock(&ext->RemoveLock, Irp);
    return status;
}
#endif

NTSTATUS
TfDispatchDeviceControl(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PTALLY_EXTENSION ext = (PTALLY_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    ULONG outLength = stack->Parameters.DeviceIoControl.OutputBufferLength;
    TALLY_COUNTERS snapshot;
    ULONG copied;
    NTSTATUS status;
#ifdef DRVLINT_BUG_SNAPSHOT_UNDER_STATS_LOCK
    KIRQL oldIrql;
#endif

    status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);
    if (!NT_SUCCESS(status)) {
        Irp->IoStatus.Status = status;
        Irp->IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return status;
    }
    if (stack->Parameters.DeviceIoControl.IoControlCode != IOCTL_TALLY_GET_COUNTERS) {
        return TfPassDown(ext, Irp);
    }

    /* the filter's own request: answered here, never seen by the disk */
    if (outLength < TALLY_COUNTERS_V1_SIZE) {
        status = STATUS_BUFFER_TOO_SMALL;
#ifdef DRVLINT_BUG_SHORT_COUNTERS_NOT_COMPLETED
        IoReleaseRemoveLock(&ext->RemoveLock, Irp);
        return status; /* drvlint-expect: irp-not-completed */
#endif
        Irp->IoStatus.Information = 0;
    } else {
#ifdef DRVLINT_BUG_SNAPSHOT_UNDER_STATS_LOCK
        /* keep the flush count consistent with the snapshot */
        KeAcquireSpinLock(&ext->StatsLock, &oldIrql);
        TfSnapshotCounters(ext, &snapshot);
        snapshot.Flushes = ext->Counters.Flushes;
        KeReleaseSpinLock(&ext->StatsLock, oldIrql);
#else
        TfSnapshotCounters(ext, &snapshot);
#endif
        copied = (outLength < sizeof(TALLY_COUNTERS)) ? outLength : (ULONG)sizeof(TALLY_COUNTERS);
        RtlCopyMemory(Irp->AssociatedIrp.SystemBuffer, &snapshot, copied);
        Irp->IoStatus.Information = copied;
        /* a version-1 caller gets what fits, with a warning status */
        status = (copied < sizeof(TALLY_COUNTERS)) ? STATUS_BUFFER_OVERFLOW : STATUS_SUCCESS;
    }
#ifdef DRVLINT_BUG_PARTIAL_COUNTERS_STATUS_MISMATCH
    /* old callers treat the warning as an error */
    Irp->IoStatus.Status = (status == STATUS_BUFFER_OVERFLOW) ? STATUS_SUCCESS : status;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    IoReleaseRemoveLock(&ext->RemoveLock, Irp);
    return status; /* drvlint-expect: irp-status-mismatch */
#else
    Irp->IoStatus.Status = status;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    IoReleaseRemoveLock(&ext->RemoveLock, Irp);
    return status;
#endif
}
