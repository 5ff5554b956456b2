/* broken.c - has a syntax error and an unknown header. */
#include <ntddk.h>
#include <no_such_header.h>

NTSTATUS Broken(PDEVICE_OBJECT d, PIRP i)
{
    int x = ;
    return STATUS_SUCCESS
}

VOID StillParsed(PKSPIN_LOCK Lock)
{
    KIRQL old;
    KeAcquireSpinLock(Lock, &old);
    KeAcquireSpinLock(Lock, &old);
    KeReleaseSpinLock(Lock, old);
}
