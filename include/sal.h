/*
 * sal.h - drvlint's clean-room model of the source annotation language.
 *
 * Buffer, nullness and return-value annotations do not influence drvlint's
 * rules, so they expand to nothing. The concurrency and IRQL annotations that
 * do matter are defined in driverspecs.h, which this header includes, so that
 * a driver which includes only <sal.h> still gets them.
 */
#ifndef _DRVLINT_SAL_H_
#define _DRVLINT_SAL_H_

/* Parameter direction and nullness. */
#define _In_
#define _In_opt_
#define _In_z_
#define _In_opt_z_
#define _Out_
#define _Out_opt_
#define _Inout_
#define _Inout_opt_
#define _Inout_z_
#define _Inout_opt_z_
#define _Outptr_
#define _Outptr_opt_
#define _Outptr_result_maybenull_
#define _Outptr_opt_result_maybenull_
#define _Outptr_result_nullonfailure_
#define _Outptr_result_z_
#define _Outptr_result_buffer_(n)
#define _Outptr_result_buffer_maybenull_(n)
#define _Outptr_opt_result_buffer_(n)
#define _Outptr_result_bytebuffer_(n)
#define _Outptr_result_bytebuffer_maybenull_(n)
#define _Outptr_opt_result_bytebuffer_(n)
#define _Outptr_opt_result_bytebuffer_maybenull_(n)
#define _COM_Outptr_
#define _Outref_
#define _Reserved_
#define _Pre_null_
#define _Pre_notnull_
#define _Pre_maybenull_
#define _Pre_valid_
#define _Pre_z_
#define _Post_null_
#define _Post_notnull_
#define _Post_maybenull_
#define _Post_valid_
#define _Post_invalid_
#define _Post_z_
#define _Null_
#define _Notnull_
#define _Maybenull_
#define _Valid_
#define _Notliteral_
#define _Literal_
#define _Const_
#define _Curr_
#define _Old_(e) e
#define _Param_(n)
#define _Points_to_data_
#define _Pre_defensive_
#define _Post_defensive_
#define _In_defensive_(a)
#define _Out_defensive_(a)
#define _Inout_defensive_(a)

/* Buffer sizes. */
#define _In_reads_(n)
#define _In_reads_opt_(n)
#define _In_reads_z_(n)
#define _In_reads_or_z_(n)
#define _In_reads_bytes_(n)
#define _In_reads_bytes_opt_(n)
#define _In_reads_to_ptr_(p)
#define _In_reads_to_ptr_z_(p)
#define _Out_writes_(n)
#define _Out_writes_opt_(n)
#define _Out_writes_z_(n)
#define _Out_writes_all_(n)
#define _Out_writes_bytes_(n)
#define _Out_writes_bytes_opt_(n)
#define _Out_writes_bytes_all_(n)
#define _Out_writes_bytes_all_opt_(n)
#define _Out_writes_to_(n, c)
#define _Out_writes_to_opt_(n, c)
#define _Out_writes_bytes_to_(n, c)
#define _Out_writes_bytes_to_opt_(n, c)
#define _Out_writes_to_ptr_(p)
#define _Out_writes_to_ptr_z_(p)
#define _Inout_updates_(n)
#define _Inout_updates_opt_(n)
#define _Inout_updates_z_(n)
#define _Inout_updates_to_(n, c)
#define _Inout_updates_bytes_(n)
#define _Inout_updates_bytes_opt_(n)
#define _Inout_updates_bytes_to_(n, c)
#define _Field_size_(n)
#define _Field_size_opt_(n)
#define _Field_size_bytes_(n)
#define _Field_size_bytes_opt_(n)
#define _Field_size_part_(n, c)
#define _Field_size_bytes_part_(n, c)
#define _Field_size_full_(n)
#define _Field_size_bytes_full_(n)
#define _Field_z_
#define _Field_range_(a, b)
#define _Struct_size_bytes_(n)
#define _Readable_bytes_(n)
#define _Readable_elements_(n)
#define _Writable_bytes_(n)
#define _Writable_elements_(n)
#define _Pre_readable_size_(n)
#define _Pre_writable_size_(n)
#define _Pre_readable_byte_size_(n)
#define _Pre_writable_byte_size_(n)
#define _Post_readable_size_(n)
#define _Post_writable_size_(n)
#define _Post_readable_byte_size_(n)
#define _Post_writable_byte_size_(n)
#define _Null_terminated_
#define _NullNull_terminated_

/* Return values and ranges. */
#define _Ret_
#define _Ret_z_
#define _Ret_opt_
#define _Ret_null_
#define _Ret_notnull_
#define _Ret_maybenull_
#define _Ret_maybenull_z_
#define _Ret_valid_
#define _Ret_writes_(n)
#define _Ret_writes_bytes_(n)
#define _Ret_writes_maybenull_(n)
#define _Ret_writes_bytes_maybenull_(n)
#define _Ret_range_(a, b)
#define _Ret_type_success_(e)
#define _Return_type_success_(e)
#define _Success_(e)
#define _Check_return_
#define _Must_inspect_result_
#define _Result_nullonfailure_
#define _Result_zeroonfailure_
#define _In_range_(a, b)
#define _Out_range_(a, b)
#define _Deref_in_range_(a, b)
#define _Deref_out_range_(a, b)
#define _Pre_satisfies_(e)
#define _Post_satisfies_(e)
#define _Satisfies_(e)
#define _Post_equal_to_(e)
#define _Unchanged_(e)
#define _Always_(a)
#define _On_failure_(a)
#define _At_(e, a)
#define _At_buffer_(e, i, n, a)
#define _Pre_
#define _Post_
#define _Deref_pre_z_
#define _Deref_post_z_
#define _Deref_out_
#define _Deref_out_opt_
#define _Deref_out_z_
#define _Frees_ptr_
#define _Frees_ptr_opt_
#define _Post_ptr_invalid_
#define _Printf_format_string_
#define _Printf_format_string_params_(n)
#define _Scanf_format_string_
#define _Strict_type_match_
#define _Kernel_entry_
#define _Kernel_entry_always_
#define _Analysis_noreturn_
#define _Analysis_assume_(e)
#define __analysis_assume(e)
#define _Analysis_assume_lock_held_(e)
#define _Analysis_assume_lock_not_held_(e)
#define _Analysis_suppress_lock_checking_(e)
#define _Benign_race_begin_
#define _Benign_race_end_
#define _No_competing_thread_
#define _No_competing_thread_begin_
#define _No_competing_thread_end_
#define _Enum_is_bitflag_
#define _Embedded_pointer_
#define _Pre_equal_to_(e)

/* Legacy (SAL 1) spellings still found in driver code. */
#define __in
#define __in_opt
#define __out
#define __out_opt
#define __inout
#define __inout_opt
#define __in_z
#define __in_opt_z
#define __in_bcount(n)
#define __in_bcount_opt(n)
#define __in_ecount(n)
#define __in_ecount_opt(n)
#define __out_bcount(n)
#define __out_bcount_opt(n)
#define __out_ecount(n)
#define __out_ecount_opt(n)
#define __out_bcount_part(n, c)
#define __out_ecount_part(n, c)
#define __inout_bcount(n)
#define __inout_ecount(n)
#define __deref_out
#define __deref_out_opt
#define __deref_out_ecount(n)
#define __deref_out_bcount(n)
#define __bcount(n)
#define __ecount(n)
#define __checkReturn
#define __success(e)
#define __reserved
#define __callback
#define __field_bcount(n)
#define __field_ecount(n)
#define __nullterminated
#define __notnull
#define __maybenull
#define __format_string

#include <driverspecs.h>

#endif /* _DRVLINT_SAL_H_ */
