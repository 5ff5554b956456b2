/*
 * dontuse.h - in the WDK this header marks deprecated C runtime string
 * functions so that using them fails the build. drvlint does not enforce
 * that here; the header exists so drivers that include it still parse.
 */
#ifndef _DRVLINT_DONTUSE_H_
#define _DRVLINT_DONTUSE_H_
#endif /* _DRVLINT_DONTUSE_H_ */
