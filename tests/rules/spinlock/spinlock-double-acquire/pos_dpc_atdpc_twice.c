/* A DPC acquires its lock with KeAcquireSpinLockAtDpcLevel, then calls a helper that acquires it again */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KDPC Dpc;
    KSPIN_LOCK QueueLock;
    LIST_ENTRY Queue;
    ULONG Drained;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
KDEFERRED_ROUTINE DemoDpc;

static VOID DrainOne(PDEV_EXT Ext)
{
    KeAcquireSpinLockAtDpcLevel(&Ext->QueueLock); /* drvlint-expect: spinlock-double-acquire */
    if (!IsListEmpty(&Ext->Queue)) {
        RemoveHeadList(&Ext->Queue);
        Ext->Drained++;
    }
    KeReleaseSpinLockFromDpcLevel(&Ext->QueueLock);
}

VOID DemoDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2)
{
    PDEV_EXT ext = (PDEV_EXT)Context;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Arg1);
    UNREFERENCED_PARAMETER(Arg2);

    KeAcquireSpinLockAtDpcLevel(&ext->QueueLock);
    if (!IsListEmpty(&ext->Queue)) {
        DrainOne(ext);
    }
    KeReleaseSpinLockFromDpcLevel(&ext->QueueLock);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PDEVICE_OBJECT dev;
    PDEV_EXT ext;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, sizeof(DEV_EXT), NULL, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &dev);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = (PDEV_EXT)dev->DeviceExtension;
    KeInitializeSpinLock(&ext->QueueLock);
    InitializeListHead(&ext->Queue);
    ext->Drained = 0;
    KeInitializeDpc(&ext->Dpc, DemoDpc, ext);
    return STATUS_SUCCESS;
}
