/* Every call of a _Requires_lock_held_ helper holds the lock, including one through a correlated condition */
#include <wdm.h>

typedef struct _DEV_EXT {
    KDPC Dpc;
    KSPIN_LOCK StatsLock;
    ULONG Completed;
    BOOLEAN Shared;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
KDEFERRED_ROUTINE DemoDpc;

_Requires_lock_held_(Ext->StatsLock)
static VOID DemoCountLocked(PDEV_EXT Ext)
{
    Ext->Completed++;
}

VOID DemoDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2)
{
    PDEV_EXT ext = (PDEV_EXT)Context;
    BOOLEAN shared = ext->Shared;
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Arg1);
    UNREFERENCED_PARAMETER(Arg2);
    if (shared) KeAcquireSpinLockAtDpcLevel(&ext->StatsLock);
    if (shared) {
        DemoCountLocked(ext);
        KeReleaseSpinLockFromDpcLevel(&ext->StatsLock);
    }
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
