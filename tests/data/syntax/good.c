/* good.c - parses; its defect must still be reported when a sibling file
   does not parse. */
#include <ntddk.h>

VOID HelperAtDispatch(PKSPIN_LOCK Lock, HANDLE h)
{
    KIRQL old;
    KeAcquireSpinLock(Lock, &old);
    ZwClose(h);
    KeReleaseSpinLock(Lock, old);
}

VOID StillParsed(PKSPIN_LOCK Lock);   /* defined in broken.c */

DRIVER_INITIALIZE DriverEntry;
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    KSPIN_LOCK l;
    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeSpinLock(&l);
    HelperAtDispatch(&l, NULL);
    StillParsed(&l);
    return STATUS_SUCCESS;
}
