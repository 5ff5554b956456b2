/* In a DPC, the inner lock is released with the value saved by the outer lock's acquire */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KDPC Dpc;
    KSPIN_LOCK QueueLock;
    KSPIN_LOCK StatsLock;
    ULONG Served;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
KDEFERRED_ROUTINE DemoDpc;

VOID DemoDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2)
{
    PDEV_EXT ext = (PDEV_EXT)Context;
    KIRQL queueIrql;
    KIRQL statsIrql;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Arg1);
    UNREFERENCED_PARAMETER(Arg2);

    KeAcquireSpinLock(&ext->QueueLock, &queueIrql);
    KeAcquireSpinLock(&ext->StatsLock, &statsIrql);
    ext->Served++;
    KeReleaseSpinLock(&ext->StatsLock, queueIrql); /* drvlint-expect: spinlock-irql-restore */
    KeReleaseSpinLock(&ext->QueueLock, queueIrql);
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
    KeInitializeSpinLock(&ext->StatsLock);
    KeInitializeDpc(&ext->Dpc, DemoDpc, ext);
    return STATUS_SUCCESS;
}
