/*
 * limits.c - TSM-40 thermal monitor driver: alarm evaluation and policy.
 *
 * TsmEvaluateSample is shared by the sampling DPC (at DISPATCH_LEVEL, with
 * the sample spin lock held, against the ActiveLimits copy) and by
 * IOCTL_TSM_EVALUATE (at PASSIVE_LEVEL, against a copy taken under the
 * limits mutex), so it and its helpers stay resident. The alarm policy
 * runs only in the work item and is pageable.
 */
#include "tsm.h"

#ifdef ALLOC_PRAGMA
#pragma alloc_text(PAGE, TsmApplyAlarmPolicy)
#endif

/* The limit that applies to one channel. Site overrides live in the
   registry, so only a caller that may page (MayPage) can look them up. */
static LONG
TsmEffectiveLimit(
    _In_ PTSM_EXTENSION Ext,
    _In_ ULONG Channel,
    _In_ LONG Limit,
    _In_ BOOLEAN MayPage)
{
#ifdef DRVLINT_CLEAN_OVERRIDES_WHEN_PAGEABLE
    if (MayPage) {
        return TsmLookupChannelOverride(Ext, Channel, Limit);
    }
#endif
#ifdef DRVLINT_BUG_OVERRIDE_UNDER_SAMPLE_LOCK
    Limit = TsmLookupChannelOverride(Ext, Channel, Limit); /* drvlint-expect: paged-code-at-dispatch, irql-too-high */
#endif
    UNREFERENCED_PARAMETER(Ext);
    UNREFERENCED_PARAMETER(Channel);
    UNREFERENCED_PARAMETER(MayPage);
    return Limit;
}

static TSM_ALARM
TsmChannelAlarm(
    _In_ PTSM_EXTENSION Ext,
    _In_ const TSM_LIMITS *Limits,
    _In_ ULONG Channel,
    _In_ LONG Reading,
    _In_ BOOLEAN MayPage)
{
    if (Reading >= TsmEffectiveLimit(Ext, Channel, Limits->Critical, MayPage)) {
        return TsmAlarmCritical;
    }
    if (Reading >= Limits->Hot) {
        return TsmAlarmHot;
    }
    if (Reading >= Limits->Warm) {
        return TsmAlarmWarm;
    }
    return TsmAlarmNone;
}

TSM_ALARM
TsmEvaluateSample(
    _In_ PTSM_EXTENSION Ext,
    _In_ const TSM_LIMITS *Limits,
    _In_ const TSM_SAMPLE *Sample,
    _In_ BOOLEAN MayPage)
{
    TSM_ALARM worst = TsmAlarmNone;
    TSM_ALARM alarm;
    ULONG i;
#ifdef DRVLINT_BUG_EVALUATE_TAKES_LIMITS_MUTEX
    TSM_LIMITS current;

    /* evaluate against what the application set last */
    ExAcquireFastMutex(&Ext->LimitsMutex); /* drvlint-expect: irql-too-high, irql-raise-lowers */
    current = Ext->Limits;
    ExReleaseFastMutex(&Ext->LimitsMutex);
    Limits = &current;
#endif

    if ((Sample->Status & TSM_STATUS_SENSOR_FAULT) != 0) {
        /* a broken sensor must not hide a hot card */
        return TsmAlarmHot;
    }
    for (i = 0; i < TSM_CHANNELS; i++) {
        alarm = TsmChannelAlarm(Ext, Limits, i, Sample->Reading[i], MayPage);
        if (alarm > worst) {
            worst = alarm;
        }
    }
    return worst;
}

BOOLEAN
TsmLimitsAreValid(
    _In_ const TSM_LIMITS *Limits)
{
    if (Limits->Warm >= Limits->Hot || Limits->Hot >= Limits->Critical) {
        return FALSE;
    }
    /* the card itself shuts down at 125 degrees */
    return (BOOLEAN)(Limits->Critical <= 120 * 16);
}

VOID
TsmApplyAlarmPolicy(
    _Inout_ PTSM_EXTENSION Ext,
    _In_ TSM_ALARM Alarm)
{
    BOOLEAN fanFull;
    ULONG duty;

    PAGED_CODE();

#ifdef DRVLINT_CLEAN_POLICY_TRYLOCK
    /* Never wait behind an application's IOCTL_TSM_SET_LIMITS: if the
       mutex is busy, fail safe with the fan at full speed. */
    fanFull = TRUE;
    if (ExTryToAcquireFastMutex(&Ext->LimitsMutex)) {
        fanFull = Ext->Limits.FanFullOnHot;
        ExReleaseFastMutex(&Ext->LimitsMutex);
    }
#else
    ExAcquireFastMutex(&Ext->LimitsMutex);
    fanFull = Ext->Limits.FanFullOnHot;
    ExReleaseFastMutex(&Ext->LimitsMutex);
#endif

    if (Alarm >= TsmAlarmCritical || (Alarm >= TsmAlarmHot && fanFull)) {
        duty = 100;
    } else if (Alarm >= TsmAlarmWarm) {
        duty = 60;
    } else {
        duty = 30;
    }
    if (Ext->Registers != NULL) {
        TSM_WRITE_REG(Ext, TSM_REG_FAN_DUTY, duty);
    }
}
