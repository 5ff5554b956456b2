/* A helper annotated _Requires_lock_not_held_ (it takes the lock itself) is called with the lock held:
   reported once, at the call, not again at the acquire inside the helper */
#include <wdm.h>

typedef struct _DEV_EXT {
    KDPC Dpc;
    KSPIN_LOCK StatsLock;
    ULONG Completed;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
KDEFERRED_ROUTINE DemoDpc;

_Requires_lock_not_held_(Ext->StatsLock)
static VOID DemoResetStats(PDEV_EXT Ext)
{
    KeAcquireSpinLockAtDpcLevel(&Ext->StatsLock);
    Ext->Completed = 0;
    KeReleaseSpinLockFromDpcLevel(&Ext->StatsLock);
}

VOID DemoDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2)
{
    PDEV_EXT ext = (PDEV_EXT)Context;
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Arg1);
    UNREFERENCED_PARAMETER(Arg2);
    KeAcquireSpinLockAtDpcLevel(&ext->StatsLock);
    if (ext->Completed > 1000) {
        DemoResetStats(ext); /* drvlint-expect: spinlock-double-acquire */
    }
    KeReleaseSpinLockFromDpcLevel(&ext->StatsLock);
    DemoResetStats(ext);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    static DEV_EXT ext;
    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeSpinLock(&ext.StatsLock);
    KeInitializeDpc(&ext.Dpc, DemoDpc, &ext);
    return STATUS_SUCCESS;
}
