/* A driver routine annotated _IRQL_raises_(APC_LEVEL) called from a timer DPC (DISPATCH_LEVEL) */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KTIMER Timer;
    KDPC TimerDpc;
    ULONG Polls;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
KDEFERRED_ROUTINE DemoTimerDpc;

_IRQL_raises_(APC_LEVEL)
static VOID EnterPollSection(_Out_ _IRQL_saves_ PKIRQL OldIrql)
{
    KeRaiseIrql(APC_LEVEL, OldIrql);
}

VOID DemoTimerDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2)
{
    PDEV_EXT ext = (PDEV_EXT)Context;
    KIRQL oldIrql;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Arg1);
    UNREFERENCED_PARAMETER(Arg2);

    EnterPollSection(&oldIrql); /* drvlint-expect: irql-raise-lowers */
    ext->Polls++;
    KeLowerIrql(oldIrql);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PDEVICE_OBJECT dev;
    PDEV_EXT ext;
    LARGE_INTEGER due;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, sizeof(DEV_EXT), NULL, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &dev);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = (PDEV_EXT)dev->DeviceExtension;
    ext->Polls = 0;
    KeInitializeTimer(&ext->Timer);
    KeInitializeDpc(&ext->TimerDpc, DemoTimerDpc, ext);
    due.QuadPart = -10000000LL;
    KeSetTimerEx(&ext->Timer, due, 1000, &ext->TimerDpc);
    return STATUS_SUCCESS;
}
