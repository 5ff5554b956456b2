/* A function inside a #pragma code_seg("PAGE") region is called from a DPC */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KDPC Dpc;
    ULONG Samples;
    ULONG Average;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
KDEFERRED_ROUTINE DemoDpc;

#pragma code_seg("PAGE")
static VOID RecomputeAverage(PDEV_EXT Ext)
{
    PAGED_CODE();
    Ext->Average = Ext->Samples / 2;
}
#pragma code_seg()

VOID DemoDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2)
{
    PDEV_EXT ext = (PDEV_EXT)Context;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Arg1);
    UNREFERENCED_PARAMETER(Arg2);
    ext->Samples++;
    RecomputeAverage(ext); /* drvlint-expect: paged-code-at-dispatch */
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
    ext->Samples = 0;
    KeInitializeDpc(&ext->Dpc, DemoDpc, ext);
    return STATUS_SUCCESS;
}
