/*
 * driverspecs.h - drvlint's clean-room model of the driver annotations.
 *
 * Every annotation that carries meaning for the analyzer expands to a clang
 * `annotate` attribute whose string starts with "drvlint:". The front end
 * (analyzer/frontend/annotations.c) reads these strings back from the AST and
 * turns them into a function contract. The grammar of the strings is
 * documented in docs/annotations.md; in short:
 *
 *   drvlint:irql_max(L)            caller IRQL must be <= L
 *   drvlint:irql_min(L)            caller IRQL must be >= L
 *   drvlint:irql_requires(L)       caller IRQL must be exactly L
 *   drvlint:irql_raises(L)         IRQL after the call is L (a level or a parameter name)
 *   drvlint:irql_saves             on a function: the return value is the old IRQL;
 *                                  on a parameter: *param receives the old IRQL
 *   drvlint:irql_restores          on a parameter: IRQL becomes the parameter's value
 *   drvlint:irql_lowers            on a parameter: IRQL is lowered to the parameter's value
 *   drvlint:irql_same              the function returns at the IRQL it was entered at
 *   drvlint:irql_always_max(L) / irql_always_min(L)   bound for the whole body
 *   drvlint:irql_saves_global(K,P) / irql_restores_global(K,P)
 *   drvlint:irql_is_cancel / drvlint:irql_uses_cancel
 *   drvlint:function_class(NAME)   callback role typedef the function implements
 *   drvlint:dispatch_type(N)       IRP_MJ_* code handled by a dispatch routine
 *   drvlint:lock(OP,KIND,OBJ)      OP is acquire|release|requires_held|requires_not_held;
 *                                  KIND is a lock kind (spinlock, fastmutex, ...) or a
 *                                  generic SAL kind (lock, exclusive, shared, nonreentrant);
 *                                  OBJ is the source text naming the lock
 *   drvlint:convert(FROM,TO,OBJ)   lock changes kind (ERESOURCE exclusive -> shared ...)
 *   drvlint:resource(OP,KIND)      legacy kernel resource annotations without an object
 *   drvlint:when(COND)(ANNOT)      ANNOT holds only when COND holds (raw source text)
 *   drvlint:clear_do_init(yes|no)  the function clears DO_DEVICE_INITIALIZING
 *   drvlint:mem(alloc|free|alias,KIND)
 *
 * Levels are written as macros (DISPATCH_LEVEL ...) and reach the analyzer
 * macro-expanded; the pseudo level DIRQL is left undefined on purpose so it
 * reaches the analyzer by name.
 *
 * Annotations that only describe buffers (_In_, _Out_writes_bytes_ ...) live
 * in sal.h and expand to nothing.
 */
#ifndef _DRVLINT_DRIVERSPECS_H_
#define _DRVLINT_DRIVERSPECS_H_

#include <sal.h>

#define _Drv_str_(x) #x
#define _Drv_xstr_(x) _Drv_str_(x)
#define _Drv_annot_(s) __attribute__((annotate(s)))

/* ---- IRQL (SAL 2 names) ---------------------------------------------- */
#define _IRQL_requires_max_(irql)      _Drv_annot_("drvlint:irql_max(" _Drv_xstr_(irql) ")")
#define _IRQL_requires_min_(irql)      _Drv_annot_("drvlint:irql_min(" _Drv_xstr_(irql) ")")
#define _IRQL_requires_(irql)          _Drv_annot_("drvlint:irql_requires(" _Drv_xstr_(irql) ")")
#define _IRQL_raises_(irql)            _Drv_annot_("drvlint:irql_raises(" _Drv_xstr_(irql) ")")
#define _IRQL_saves_                   _Drv_annot_("drvlint:irql_saves")
#define _IRQL_restores_                _Drv_annot_("drvlint:irql_restores")
#define _IRQL_requires_same_           _Drv_annot_("drvlint:irql_same")
#define _IRQL_always_function_max_(irql) _Drv_annot_("drvlint:irql_always_max(" _Drv_xstr_(irql) ")")
#define _IRQL_always_function_min_(irql) _Drv_annot_("drvlint:irql_always_min(" _Drv_xstr_(irql) ")")
#define _IRQL_saves_global_(kind, param)    _Drv_annot_("drvlint:irql_saves_global(" #kind "," #param ")")
#define _IRQL_restores_global_(kind, param) _Drv_annot_("drvlint:irql_restores_global(" #kind "," #param ")")
#define _IRQL_is_cancel_               _Drv_annot_("drvlint:irql_is_cancel")
#define _IRQL_uses_cancel_             _Drv_annot_("drvlint:irql_uses_cancel")
#define _IRQL_requires_not_(irql)      /* not modelled: too rare to matter */

/* drvlint extension: KeLowerIrql-style parameter (documented in docs/annotations.md) */
#define _Drv_irql_lowers_              _Drv_annot_("drvlint:irql_lowers")

/* ---- IRQL (legacy __drv_ names) -------------------------------------- */
#define __drv_maxIRQL(irql)            _IRQL_requires_max_(irql)
#define __drv_minIRQL(irql)            _IRQL_requires_min_(irql)
#define __drv_requiresIRQL(irql)       _IRQL_requires_(irql)
#define __drv_raisesIRQL(irql)         _IRQL_raises_(irql)
#define __drv_setsIRQL(irql)           _IRQL_raises_(irql)
#define __drv_savesIRQL                _IRQL_saves_
#define __drv_restoresIRQL             _IRQL_restores_
#define __drv_sameIRQL                 _IRQL_requires_same_
#define __drv_maxFunctionIRQL(irql)    _IRQL_always_function_max_(irql)
#define __drv_minFunctionIRQL(irql)    _IRQL_always_function_min_(irql)
#define __drv_savesIRQLGlobal(kind, param)    _IRQL_saves_global_(kind, param)
#define __drv_restoresIRQLGlobal(kind, param) _IRQL_restores_global_(kind, param)
#define __drv_isCancelIRQL             _IRQL_is_cancel_
#define __drv_useCancelIRQL            _IRQL_uses_cancel_

/* ---- Function classes and dispatch types ------------------------------ */
#define _Function_class_(name)         _Drv_annot_("drvlint:function_class(" #name ")")
#define __drv_functionClass(name)      _Function_class_(name)
#define _Dispatch_type_(code)          _Drv_annot_("drvlint:dispatch_type(" _Drv_xstr_(code) ")")
#define __drv_dispatchType(code)       _Dispatch_type_(code)
#define __drv_dispatchType_other       _Drv_annot_("drvlint:dispatch_type(other)")

/* ---- Conditional annotations ------------------------------------------ */
#define _When_(cond, annos)            _Drv_annot_("drvlint:when(" #cond ")(" #annos ")")
#define __drv_when(cond, annos)        _When_(cond, annos)

/* ---- Locks (SAL 2 concurrency names) ---------------------------------- */
#define _Acquires_lock_(e)             _Drv_annot_("drvlint:lock(acquire,lock," #e ")")
#define _Releases_lock_(e)             _Drv_annot_("drvlint:lock(release,lock," #e ")")
#define _Acquires_exclusive_lock_(e)   _Drv_annot_("drvlint:lock(acquire,exclusive," #e ")")
#define _Releases_exclusive_lock_(e)   _Drv_annot_("drvlint:lock(release,exclusive," #e ")")
#define _Acquires_shared_lock_(e)      _Drv_annot_("drvlint:lock(acquire,shared," #e ")")
#define _Releases_shared_lock_(e)      _Drv_annot_("drvlint:lock(release,shared," #e ")")
#define _Acquires_nonreentrant_lock_(e) _Drv_annot_("drvlint:lock(acquire,nonreentrant," #e ")")
#define _Releases_nonreentrant_lock_(e) _Drv_annot_("drvlint:lock(release,nonreentrant," #e ")")
#define _Requires_lock_held_(e)        _Drv_annot_("drvlint:lock(requires_held,lock," #e ")")
#define _Requires_exclusive_lock_held_(e) _Drv_annot_("drvlint:lock(requires_held,exclusive," #e ")")
#define _Requires_shared_lock_held_(e) _Drv_annot_("drvlint:lock(requires_held,shared," #e ")")
#define _Requires_lock_not_held_(e)    _Drv_annot_("drvlint:lock(requires_not_held,lock," #e ")")
#define _Requires_no_locks_held_       _Drv_annot_("drvlint:lock(requires_not_held,lock,*)")
#define _Guarded_by_(e)                /* data annotation: not modelled */
#define _Interlocked_                  /* data annotation: not modelled */
#define _Interlocked_operand_
#define _Lock_level_order_(a, b)
#define _Create_lock_level_(n)
#define _Has_lock_kind_(k)
#define _Has_lock_level_(l)

/* drvlint extension used by the DDI model: the lock kind is explicit.
   KIND is one of the lock kinds of data/ddi/README.md; OBJ is a parameter
   name, `return`, or _Global_ for the process-wide locks (cancel, VPB,
   critical region, guarded region). */
#define _Drv_acquires_(kind, obj)      _Drv_annot_("drvlint:lock(acquire," #kind "," #obj ")")
#define _Drv_releases_(kind, obj)      _Drv_annot_("drvlint:lock(release," #kind "," #obj ")")
#define _Drv_converts_(from, to, obj)  _Drv_annot_("drvlint:convert(" #from "," #to "," #obj ")")
/* drvlint extension: a routine whose effects depend on its result (an
   acquire that may fail) cannot fail when parameter P is non-zero, as
   ExAcquireResourceSharedLite with Wait = TRUE. */
#define _Drv_succeeds_if_(p)           _Drv_annot_("drvlint:succeeds_if(" #p ")")

/* ---- Kernel resources (legacy and SAL 2 kernel names) ------------------ */
#define _Kernel_acquires_resource_(kind)       _Drv_annot_("drvlint:resource(acquire," #kind ")")
#define _Kernel_releases_resource_(kind)       _Drv_annot_("drvlint:resource(release," #kind ")")
#define _Kernel_requires_resource_held_(kind)  _Drv_annot_("drvlint:resource(requires_held," #kind ")")
#define _Kernel_requires_resource_not_held_(kind) _Drv_annot_("drvlint:resource(requires_not_held," #kind ")")
#define __drv_acquiresResource(kind)           _Kernel_acquires_resource_(kind)
#define __drv_releasesResource(kind)           _Kernel_releases_resource_(kind)
#define __drv_mustHold(kind)                   _Kernel_requires_resource_held_(kind)
#define __drv_neverHold(kind)                  _Kernel_requires_resource_not_held_(kind)
#define __drv_acquiresExclusiveResource(kind)  _Kernel_acquires_resource_(kind)
#define __drv_releasesExclusiveResource(kind)  _Kernel_releases_resource_(kind)
#define __drv_acquiresResourceGlobal(kind, p)  _Drv_annot_("drvlint:lock(acquire," #kind "," #p ")")
#define __drv_releasesResourceGlobal(kind, p)  _Drv_annot_("drvlint:lock(release," #kind "," #p ")")
#define __drv_innerAcquiresGlobal(kind, p)     __drv_acquiresResourceGlobal(kind, p)
#define __drv_innerReleasesGlobal(kind, p)     __drv_releasesResourceGlobal(kind, p)
#define __drv_innerMustHoldGlobal(kind, p)     _Drv_annot_("drvlint:lock(requires_held," #kind "," #p ")")
#define __drv_innerNeverHoldGlobal(kind, p)    _Drv_annot_("drvlint:lock(requires_not_held," #kind "," #p ")")
#define __drv_acquiresCancelSpinLock           _Drv_annot_("drvlint:lock(acquire,cancel,_Global_)")
#define __drv_releasesCancelSpinLock           _Drv_annot_("drvlint:lock(release,cancel,_Global_)")
#define __drv_mustHoldCancelSpinLock           _Drv_annot_("drvlint:lock(requires_held,cancel,_Global_)")
#define __drv_neverHoldCancelSpinLock          _Drv_annot_("drvlint:lock(requires_not_held,cancel,_Global_)")
#define __drv_acquiresCriticalRegion           _Drv_annot_("drvlint:lock(acquire,criticalregion,_Global_)")
#define __drv_releasesCriticalRegion           _Drv_annot_("drvlint:lock(release,criticalregion,_Global_)")
#define __drv_mustHoldCriticalRegion           _Drv_annot_("drvlint:lock(requires_held,criticalregion,_Global_)")
#define __drv_neverHoldCriticalRegion          _Drv_annot_("drvlint:lock(requires_not_held,criticalregion,_Global_)")
#define __drv_acquiresPriorityRegion           _Drv_annot_("drvlint:lock(acquire,guardedregion,_Global_)")
#define __drv_releasesPriorityRegion           _Drv_annot_("drvlint:lock(release,guardedregion,_Global_)")
#define __drv_mustHoldPriorityRegion           _Drv_annot_("drvlint:lock(requires_held,guardedregion,_Global_)")
#define __drv_neverHoldPriorityRegion          _Drv_annot_("drvlint:lock(requires_not_held,guardedregion,_Global_)")
#define _Kernel_clear_do_init_(yesNo)          _Drv_annot_("drvlint:clear_do_init(" #yesNo ")")
#define __drv_clearDoInit(yesNo)               _Kernel_clear_do_init_(yesNo)

/* ---- Memory and floating point ----------------------------------------- */
#define __drv_allocatesMem(kind)       _Drv_annot_("drvlint:mem(alloc," #kind ")")
#define __drv_freesMem(kind)           _Drv_annot_("drvlint:mem(free," #kind ")")
#define __drv_aliasesMem               _Drv_annot_("drvlint:mem(alias,any)")
#define _Kernel_float_saved_           _Drv_annot_("drvlint:lock(acquire,floatstate,_Global_)")
#define _Kernel_float_restored_        _Drv_annot_("drvlint:lock(release,floatstate,_Global_)")
#define _Kernel_float_used_
#define __drv_floatSaved               _Kernel_float_saved_
#define __drv_floatRestored            _Kernel_float_restored_
#define __drv_floatUsed

/* ---- Annotations that carry no meaning for drvlint ---------------------- */
#define _Use_decl_annotations_         _Drv_annot_("drvlint:use_decl_annotations")
#define __drv_dispatchType_(x)
#define __drv_strictType(t, m)
#define __drv_strictTypeMatch(m)
#define __drv_notPointer
#define __drv_isObjectPointer
#define __drv_constant
#define __drv_nonConstant
#define __drv_inTry
#define __drv_preferredFunction(f, why)
#define __drv_reportError(why)
#define __drv_valueIs(v)
#define __drv_at(e, a)
#define __drv_in(a)
#define __drv_out(a)
#define __drv_in_deref(a)
#define __drv_out_deref(a)
#define __drv_formatString(k)
#define __drv_functionClassInternal(x)
#define __drv_unit_test_function
#define _Kernel_requires_resource_held_no_(k)
#define _Kernel_IoGetDmaAdapter_
#define _Kernel_ExAllocatePoolWithTag_
#define _IRQL_requires_same_internal_
#define _Kernel_ResourceType_(x)

#endif /* _DRVLINT_DRIVERSPECS_H_ */
