/* ras.h is compiled under 4-byte packing. */
#pragma pack(push, 4)
