/*
 * ntddser.h - serial port device interface: IOCTL_SERIAL_* codes, the
 * structures they carry (baud rate, line control, timeouts, status ...),
 * and the serial device interface GUIDs.
 */
#ifndef _NTDDSER_
#define _NTDDSER_

#include <devioctl.h>
#include <guiddef.h>

/* ---- Device interface classes ---------------------------------------------- */
/* {86e0d1e0-8089-11d0-9ce4-08003e301f73} */
DEFINE_GUID(GUID_DEVINTERFACE_COMPORT,
    0x86e0d1e0, 0x8089, 0x11d0, 0x9c, 0xe4, 0x08, 0x00, 0x3e, 0x30, 0x1f, 0x73);
/* {4d36e978-e325-11ce-bfc1-08002be10318} */
DEFINE_GUID(GUID_DEVINTERFACE_SERENUM_BUS_ENUMERATOR,
    0x4d36e978, 0xe325, 0x11ce, 0xbf, 0xc1, 0x08, 0x00, 0x2b, 0xe1, 0x03, 0x18);
#define GUID_CLASS_COMPORT          GUID_DEVINTERFACE_COMPORT
#define GUID_SERENUM_BUS_ENUMERATOR GUID_DEVINTERFACE_SERENUM_BUS_ENUMERATOR

/* ---- Serial I/O control codes ------------------------------------------------- */
#define IOCTL_SERIAL_SET_BAUD_RATE                    CTL_CODE(FILE_DEVICE_SERIAL_PORT,  1, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_SET_QUEUE_SIZE                   CTL_CODE(FILE_DEVICE_SERIAL_PORT,  2, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_SET_LINE_CONTROL                 CTL_CODE(FILE_DEVICE_SERIAL_PORT,  3, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_SET_BREAK_ON                     CTL_CODE(FILE_DEVICE_SERIAL_PORT,  4, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_SET_BREAK_OFF                    CTL_CODE(FILE_DEVICE_SERIAL_PORT,  5, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_IMMEDIATE_CHAR                   CTL_CODE(FILE_DEVICE_SERIAL_PORT,  6, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_SET_TIMEOUTS                     CTL_CODE(FILE_DEVICE_SERIAL_PORT,  7, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_GET_TIMEOUTS                     CTL_CODE(FILE_DEVICE_SERIAL_PORT,  8, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_SET_DTR                          CTL_CODE(FILE_DEVICE_SERIAL_PORT,  9, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_CLR_DTR                          CTL_CODE(FILE_DEVICE_SERIAL_PORT, 10, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_RESET_DEVICE                     CTL_CODE(FILE_DEVICE_SERIAL_PORT, 11, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_SET_RTS                          CTL_CODE(FILE_DEVICE_SERIAL_PORT, 12, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_CLR_RTS                          CTL_CODE(FILE_DEVICE_SERIAL_PORT, 13, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_SET_XOFF                         CTL_CODE(FILE_DEVICE_SERIAL_PORT, 14, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_SET_XON                          CTL_CODE(FILE_DEVICE_SERIAL_PORT, 15, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_GET_WAIT_MASK                    CTL_CODE(FILE_DEVICE_SERIAL_PORT, 16, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_SET_WAIT_MASK                    CTL_CODE(FILE_DEVICE_SERIAL_PORT, 17, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_WAIT_ON_MASK                     CTL_CODE(FILE_DEVICE_SERIAL_PORT, 18, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_PURGE                            CTL_CODE(FILE_DEVICE_SERIAL_PORT, 19, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_GET_BAUD_RATE                    CTL_CODE(FILE_DEVICE_SERIAL_PORT, 20, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_GET_LINE_CONTROL                 CTL_CODE(FILE_DEVICE_SERIAL_PORT, 21, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_GET_CHARS                        CTL_CODE(FILE_DEVICE_SERIAL_PORT, 22, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_SET_CHARS                        CTL_CODE(FILE_DEVICE_SERIAL_PORT, 23, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_GET_HANDFLOW                     CTL_CODE(FILE_DEVICE_SERIAL_PORT, 24, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_SET_HANDFLOW                     CTL_CODE(FILE_DEVICE_SERIAL_PORT, 25, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_GET_MODEMSTATUS                  CTL_CODE(FILE_DEVICE_SERIAL_PORT, 26, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_GET_COMMSTATUS                   CTL_CODE(FILE_DEVICE_SERIAL_PORT, 27, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_XOFF_COUNTER                     CTL_CODE(FILE_DEVICE_SERIAL_PORT, 28, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_GET_PROPERTIES                   CTL_CODE(FILE_DEVICE_SERIAL_PORT, 29, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_GET_DTRRTS                       CTL_CODE(FILE_DEVICE_SERIAL_PORT, 30, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_LSRMST_INSERT                    CTL_CODE(FILE_DEVICE_SERIAL_PORT, 31, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_CONFIG_SIZE                      CTL_CODE(FILE_DEVICE_SERIAL_PORT, 32, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_GET_COMMCONFIG                   CTL_CODE(FILE_DEVICE_SERIAL_PORT, 33, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_SET_COMMCONFIG                   CTL_CODE(FILE_DEVICE_SERIAL_PORT, 34, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_GET_STATS                        CTL_CODE(FILE_DEVICE_SERIAL_PORT, 35, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_CLEAR_STATS                      CTL_CODE(FILE_DEVICE_SERIAL_PORT, 36, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_GET_MODEM_CONTROL                CTL_CODE(FILE_DEVICE_SERIAL_PORT, 37, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_SET_MODEM_CONTROL                CTL_CODE(FILE_DEVICE_SERIAL_PORT, 38, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_SET_FIFO_CONTROL                 CTL_CODE(FILE_DEVICE_SERIAL_PORT, 39, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_APPLY_DEFAULT_CONFIGURATION      CTL_CODE(FILE_DEVICE_SERIAL_PORT, 40, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_SET_INTERVAL_TIMER_RESOLUTION    CTL_CODE(FILE_DEVICE_SERIAL_PORT, 41, METHOD_BUFFERED, FILE_ANY_ACCESS)

/* Internal device control codes between serial and its helpers */
#define IOCTL_SERIAL_INTERNAL_DO_WAIT_WAKE     CTL_CODE(FILE_DEVICE_SERIAL_PORT, 1, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_INTERNAL_CANCEL_WAIT_WAKE CTL_CODE(FILE_DEVICE_SERIAL_PORT, 2, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_INTERNAL_BASIC_SETTINGS   CTL_CODE(FILE_DEVICE_SERIAL_PORT, 3, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_INTERNAL_RESTORE_SETTINGS CTL_CODE(FILE_DEVICE_SERIAL_PORT, 4, METHOD_BUFFERED, FILE_ANY_ACCESS)

/* Serial enumerator (serenum) internal codes */
#define IOCTL_SERENUM_EXPOSE_HARDWARE  CTL_CODE(FILE_DEVICE_SERENUM, 128, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERENUM_REMOVE_HARDWARE  CTL_CODE(FILE_DEVICE_SERENUM, 129, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERENUM_PORT_DESC        CTL_CODE(FILE_DEVICE_SERENUM, 130, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERENUM_GET_PORT_NAME    CTL_CODE(FILE_DEVICE_SERENUM, 131, METHOD_BUFFERED, FILE_ANY_ACCESS)

/* ---- Structures ------------------------------------------------------------------- */
typedef struct _SERIAL_BAUD_RATE {
    unsigned long BaudRate;
} SERIAL_BAUD_RATE, *PSERIAL_BAUD_RATE;

typedef struct _SERIAL_LINE_CONTROL {
    unsigned char StopBits;
    unsigned char Parity;
    unsigned char WordLength;
} SERIAL_LINE_CONTROL, *PSERIAL_LINE_CONTROL;

typedef struct _SERIAL_TIMEOUTS {
    unsigned long ReadIntervalTimeout;
    unsigned long ReadTotalTimeoutMultiplier;
    unsigned long ReadTotalTimeoutConstant;
    unsigned long WriteTotalTimeoutMultiplier;
    unsigned long WriteTotalTimeoutConstant;
} SERIAL_TIMEOUTS, *PSERIAL_TIMEOUTS;

typedef struct _SERIAL_QUEUE_SIZE {
    unsigned long InSize;
    unsigned long OutSize;
} SERIAL_QUEUE_SIZE, *PSERIAL_QUEUE_SIZE;

typedef struct _SERIAL_CHARS {
    unsigned char EofChar;
    unsigned char ErrorChar;
    unsigned char BreakChar;
    unsigned char EventChar;
    unsigned char XonChar;
    unsigned char XoffChar;
} SERIAL_CHARS, *PSERIAL_CHARS;

typedef struct _SERIAL_HANDFLOW {
    unsigned long ControlHandShake;
    unsigned long FlowReplace;
    long XonLimit;
    long XoffLimit;
} SERIAL_HANDFLOW, *PSERIAL_HANDFLOW;

typedef struct _SERIAL_STATUS {
    unsigned long Errors;
    unsigned long HoldReasons;
    unsigned long AmountInInQueue;
    unsigned long AmountInOutQueue;
    unsigned char EofReceived;
    unsigned char WaitForImmediate;
} SERIAL_STATUS, *PSERIAL_STATUS;

typedef struct _SERIAL_XOFF_COUNTER {
    unsigned long Timeout;
    long Counter;
    unsigned char XoffChar;
} SERIAL_XOFF_COUNTER, *PSERIAL_XOFF_COUNTER;

typedef struct _SERIAL_BASIC_SETTINGS {
    SERIAL_TIMEOUTS Timeouts;
    SERIAL_HANDFLOW HandFlow;
    unsigned long RxFifo;
    unsigned long TxFifo;
} SERIAL_BASIC_SETTINGS, *PSERIAL_BASIC_SETTINGS;

typedef struct _SERIALPERF_STATS {
    unsigned long ReceivedCount;
    unsigned long TransmittedCount;
    unsigned long FrameErrorCount;
    unsigned long SerialOverrunErrorCount;
    unsigned long BufferOverrunErrorCount;
    unsigned long ParityErrorCount;
} SERIALPERF_STATS, *PSERIALPERF_STATS;

typedef struct _SERIAL_COMMPROP {
    unsigned short PacketLength;
    unsigned short PacketVersion;
    unsigned long ServiceMask;
    unsigned long Reserved1;
    unsigned long MaxTxQueue;
    unsigned long MaxRxQueue;
    unsigned long MaxBaud;
    unsigned long ProvSubType;
    unsigned long ProvCapabilities;
    unsigned long SettableParams;
    unsigned long SettableBaud;
    unsigned short SettableData;
    unsigned short SettableStopParity;
    unsigned long CurrentTxQueue;
    unsigned long CurrentRxQueue;
    unsigned long ProvSpec1;
    unsigned long ProvSpec2;
    wchar_t ProvChar[1];
} SERIAL_COMMPROP, *PSERIAL_COMMPROP;

/* ---- Line control values ----------------------------------------------------------- */
#define STOP_BIT_1      0
#define STOP_BITS_1_5   1
#define STOP_BITS_2     2

#define NO_PARITY       0
#define ODD_PARITY      1
#define EVEN_PARITY     2
#define MARK_PARITY     3
#define SPACE_PARITY    4

/* ---- Wait mask events (IOCTL_SERIAL_SET_WAIT_MASK) ------------------------------------ */
#define SERIAL_EV_RXCHAR     0x0001
#define SERIAL_EV_RXFLAG     0x0002
#define SERIAL_EV_TXEMPTY    0x0004
#define SERIAL_EV_CTS        0x0008
#define SERIAL_EV_DSR        0x0010
#define SERIAL_EV_RLSD       0x0020
#define SERIAL_EV_BREAK      0x0040
#define SERIAL_EV_ERR        0x0080
#define SERIAL_EV_RING       0x0100
#define SERIAL_EV_PERR       0x0200
#define SERIAL_EV_RX80FULL   0x0400
#define SERIAL_EV_EVENT1     0x0800
#define SERIAL_EV_EVENT2     0x1000

/* ---- Purge flags (IOCTL_SERIAL_PURGE) ------------------------------------------------- */
#define SERIAL_PURGE_TXABORT 0x00000001
#define SERIAL_PURGE_RXABORT 0x00000002
#define SERIAL_PURGE_TXCLEAR 0x00000004
#define SERIAL_PURGE_RXCLEAR 0x00000008

/* ---- IOCTL_SERIAL_LSRMST_INSERT escape codes --------------------------------------------- */
#define SERIAL_LSRMST_ESCAPE     ((unsigned char)0x00)
#define SERIAL_LSRMST_LSR_DATA   ((unsigned char)0x01)
#define SERIAL_LSRMST_LSR_NODATA ((unsigned char)0x02)
#define SERIAL_LSRMST_MST        ((unsigned char)0x03)

/* ---- Handshake / flow control (SERIAL_HANDFLOW) ------------------------------------------ */
#define SERIAL_DTR_MASK           ((unsigned long)0x03)
#define SERIAL_DTR_CONTROL        ((unsigned long)0x01)
#define SERIAL_DTR_HANDSHAKE      ((unsigned long)0x02)
#define SERIAL_CTS_HANDSHAKE      ((unsigned long)0x08)
#define SERIAL_DSR_HANDSHAKE      ((unsigned long)0x10)
#define SERIAL_DCD_HANDSHAKE      ((unsigned long)0x20)
#define SERIAL_OUT_HANDSHAKEMASK  ((unsigned long)0x38)
#define SERIAL_DSR_SENSITIVITY    ((unsigned long)0x40)
#define SERIAL_ERROR_ABORT        ((unsigned long)0x80000000)
#define SERIAL_CONTROL_INVALID    ((unsigned long)0x7fffff84)
#define SERIAL_AUTO_TRANSMIT      ((unsigned long)0x01)
#define SERIAL_AUTO_RECEIVE       ((unsigned long)0x02)
#define SERIAL_ERROR_CHAR         ((unsigned long)0x04)
#define SERIAL_NULL_STRIPPING     ((unsigned long)0x08)
#define SERIAL_BREAK_CHAR         ((unsigned long)0x10)
#define SERIAL_RTS_MASK           ((unsigned long)0xc0)
#define SERIAL_RTS_CONTROL        ((unsigned long)0x40)
#define SERIAL_RTS_HANDSHAKE      ((unsigned long)0x80)
#define SERIAL_TRANSMIT_TOGGLE    ((unsigned long)0xc0)
#define SERIAL_XOFF_CONTINUE      ((unsigned long)0x80000000)
#define SERIAL_FLOW_INVALID       ((unsigned long)0x7fffff20)

/* ---- Status (SERIAL_STATUS) ----------------------------------------------------------------- */
#define SERIAL_ERROR_BREAK          ((unsigned long)0x00000001)
#define SERIAL_ERROR_FRAMING        ((unsigned long)0x00000002)
#define SERIAL_ERROR_OVERRUN        ((unsigned long)0x00000004)
#define SERIAL_ERROR_QUEUEOVERRUN   ((unsigned long)0x00000008)
#define SERIAL_ERROR_PARITY         ((unsigned long)0x00000010)

#define SERIAL_TX_WAITING_FOR_CTS     ((unsigned long)0x00000001)
#define SERIAL_TX_WAITING_FOR_DSR     ((unsigned long)0x00000002)
#define SERIAL_TX_WAITING_FOR_DCD     ((unsigned long)0x00000004)
#define SERIAL_TX_WAITING_FOR_XON     ((unsigned long)0x00000008)
#define SERIAL_TX_WAITING_XOFF_SENT   ((unsigned long)0x00000010)
#define SERIAL_TX_WAITING_ON_BREAK    ((unsigned long)0x00000020)
#define SERIAL_RX_WAITING_FOR_DSR     ((unsigned long)0x00000040)

/* ---- Modem status and DTR/RTS (IOCTL_SERIAL_GET_MODEMSTATUS / GET_DTRRTS) ---------------- */
#define SERIAL_DTR_STATE  ((unsigned long)0x00000001)
#define SERIAL_RTS_STATE  ((unsigned long)0x00000002)
#define SERIAL_CTS_STATE  ((unsigned long)0x00000010)
#define SERIAL_DSR_STATE  ((unsigned long)0x00000020)
#define SERIAL_RI_STATE   ((unsigned long)0x00000040)
#define SERIAL_DCD_STATE  ((unsigned long)0x00000080)

/* ---- Modem control and FIFO registers ----------------------------------------------------- */
#define SERIAL_IOC_MCR_DTR              ((unsigned long)0x00000001)
#define SERIAL_IOC_MCR_RTS              ((unsigned long)0x00000002)
#define SERIAL_IOC_MCR_OUT1             ((unsigned long)0x00000004)
#define SERIAL_IOC_MCR_OUT2             ((unsigned long)0x00000008)
#define SERIAL_IOC_MCR_LOOP             ((unsigned long)0x00000010)
#define SERIAL_IOC_FCR_FIFO_ENABLE      ((unsigned long)0x00000001)
#define SERIAL_IOC_FCR_RCVR_RESET       ((unsigned long)0x00000002)
#define SERIAL_IOC_FCR_XMIT_RESET       ((unsigned long)0x00000004)
#define SERIAL_IOC_FCR_DMA_MODE         ((unsigned long)0x00000008)
#define SERIAL_IOC_FCR_RES1             ((unsigned long)0x00000010)
#define SERIAL_IOC_FCR_RES2             ((unsigned long)0x00000020)
#define SERIAL_IOC_FCR_RCVR_TRIGGER_LSB ((unsigned long)0x00000040)
#define SERIAL_IOC_FCR_RCVR_TRIGGER_MSB ((unsigned long)0x00000080)

/* ---- Properties (SERIAL_COMMPROP) ------------------------------------------------------------- */
#define SERIAL_SP_SERIALCOMM   ((unsigned long)0x00000001)

#define SERIAL_SP_UNSPECIFIED  ((unsigned long)0x00000000)
#define SERIAL_SP_RS232        ((unsigned long)0x00000001)
#define SERIAL_SP_PARALLEL     ((unsigned long)0x00000002)
#define SERIAL_SP_RS422        ((unsigned long)0x00000003)
#define SERIAL_SP_RS423        ((unsigned long)0x00000004)
#define SERIAL_SP_RS449        ((unsigned long)0x00000005)
#define SERIAL_SP_MODEM        ((unsigned long)0x00000006)
#define SERIAL_SP_FAX          ((unsigned long)0x00000021)
#define SERIAL_SP_SCANNER      ((unsigned long)0x00000022)
#define SERIAL_SP_BRIDGE       ((unsigned long)0x00000100)
#define SERIAL_SP_LAT          ((unsigned long)0x00000101)
#define SERIAL_SP_TELNET       ((unsigned long)0x00000102)
#define SERIAL_SP_X25          ((unsigned long)0x00000103)

#define SERIAL_PCF_DTRDSR        ((unsigned long)0x0001)
#define SERIAL_PCF_RTSCTS        ((unsigned long)0x0002)
#define SERIAL_PCF_CD            ((unsigned long)0x0004)
#define SERIAL_PCF_PARITY_CHECK  ((unsigned long)0x0008)
#define SERIAL_PCF_XONXOFF       ((unsigned long)0x0010)
#define SERIAL_PCF_SETXCHAR      ((unsigned long)0x0020)
#define SERIAL_PCF_TOTALTIMEOUTS ((unsigned long)0x0040)
#define SERIAL_PCF_INTTIMEOUTS   ((unsigned long)0x0080)
#define SERIAL_PCF_SPECIALCHARS  ((unsigned long)0x0100)
#define SERIAL_PCF_16BITMODE     ((unsigned long)0x0200)

#define SERIAL_SP_PARITY         ((unsigned long)0x0001)
#define SERIAL_SP_BAUD           ((unsigned long)0x0002)
#define SERIAL_SP_DATABITS       ((unsigned long)0x0004)
#define SERIAL_SP_STOPBITS       ((unsigned long)0x0008)
#define SERIAL_SP_HANDSHAKING    ((unsigned long)0x0010)
#define SERIAL_SP_PARITY_CHECK   ((unsigned long)0x0020)
#define SERIAL_SP_CARRIER_DETECT ((unsigned long)0x0040)

#define SERIAL_BAUD_075          ((unsigned long)0x00000001)
#define SERIAL_BAUD_110          ((unsigned long)0x00000002)
#define SERIAL_BAUD_134_5        ((unsigned long)0x00000004)
#define SERIAL_BAUD_150          ((unsigned long)0x00000008)
#define SERIAL_BAUD_300          ((unsigned long)0x00000010)
#define SERIAL_BAUD_600          ((unsigned long)0x00000020)
#define SERIAL_BAUD_1200         ((unsigned long)0x00000040)
#define SERIAL_BAUD_1800         ((unsigned long)0x00000080)
#define SERIAL_BAUD_2400         ((unsigned long)0x00000100)
#define SERIAL_BAUD_4800         ((unsigned long)0x00000200)
#define SERIAL_BAUD_7200         ((unsigned long)0x00000400)
#define SERIAL_BAUD_9600         ((unsigned long)0x00000800)
#define SERIAL_BAUD_14400        ((unsigned long)0x00001000)
#define SERIAL_BAUD_19200        ((unsigned long)0x00002000)
#define SERIAL_BAUD_38400        ((unsigned long)0x00004000)
#define SERIAL_BAUD_56K          ((unsigned long)0x00008000)
#define SERIAL_BAUD_128K         ((unsigned long)0x00010000)
#define SERIAL_BAUD_115200       ((unsigned long)0x00020000)
#define SERIAL_BAUD_57600        ((unsigned long)0x00040000)
#define SERIAL_BAUD_USER         ((unsigned long)0x10000000)

#define SERIAL_DATABITS_5        ((unsigned short)0x0001)
#define SERIAL_DATABITS_6        ((unsigned short)0x0002)
#define SERIAL_DATABITS_7        ((unsigned short)0x0004)
#define SERIAL_DATABITS_8        ((unsigned short)0x0008)
#define SERIAL_DATABITS_16       ((unsigned short)0x0010)
#define SERIAL_DATABITS_16X      ((unsigned short)0x0020)

#define SERIAL_STOPBITS_10       ((unsigned short)0x0001)
#define SERIAL_STOPBITS_15       ((unsigned short)0x0002)
#define SERIAL_STOPBITS_20       ((unsigned short)0x0004)
#define SERIAL_PARITY_NONE       ((unsigned short)0x0100)
#define SERIAL_PARITY_ODD        ((unsigned short)0x0200)
#define SERIAL_PARITY_EVEN       ((unsigned short)0x0400)
#define SERIAL_PARITY_MARK       ((unsigned short)0x0800)
#define SERIAL_PARITY_SPACE      ((unsigned short)0x1000)

#endif /* _NTDDSER_ */
