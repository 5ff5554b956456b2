/* KeWaitForSingleObject with a 10 ms timeout while a spin lock is held */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KSPIN_LOCK Lock;
    KEVENT Idle;
    ULONG Busy;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoFlush;

NTSTATUS DemoFlush(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    LARGE_INTEGER timeout;
    KIRQL oldIrql;

    timeout.QuadPart = -100000LL; /* 10 ms */
    KeAcquireSpinLock(&ext->Lock, &oldIrql);
    if (ext->Busy != 0) {
        KeWaitForSingleObject(&ext->Idle, Executive, KernelMode, FALSE, &timeout); /* drvlint-expect: irql-wait-at-dispatch */
    }
    KeReleaseSpinLock(&ext->Lock, oldIrql);

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_FLUSH_BUFFERS] = DemoFlush;
    return STATUS_SUCCESS;
}
