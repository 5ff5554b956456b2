/* The DPC stays resident; only the routine that registers it is pageable */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KDPC Dpc;
    KTIMER Timer;
    ULONG Ticks;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
KDEFERRED_ROUTINE DemoTimerDpc;
VOID SetupTimer(PDEV_EXT Ext);

#pragma alloc_text(PAGE, SetupTimer)

VOID DemoTimerDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2)
{
    PDEV_EXT ext = (PDEV_EXT)Context;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Arg1);
    UNREFERENCED_PARAMETER(Arg2);
    ext->Ticks++;
}

VOID SetupTimer(PDEV_EXT Ext)
{
    LARGE_INTEGER due;

    PAGED_CODE();
    Ext->Ticks = 0;
    KeInitializeTimer(&Ext->Timer);
    KeInitializeDpc(&Ext->Dpc, DemoTimerDpc, Ext);
    due.QuadPart = -10000000LL;
    KeSetTimerEx(&Ext->Timer, due, 1000, &Ext->Dpc);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PDEVICE_OBJECT dev;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, sizeof(DEV_EXT), NULL, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &dev);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    SetupTimer((PDEV_EXT)dev->DeviceExtension);
    return STATUS_SUCCESS;
}
