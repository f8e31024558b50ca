/* struct in_addr as Windows declares it: a union of 4 bytes, 2 USHORTs and a 32-bit ULONG. */
struct in_addr {
    union { struct { unsigned char s_b1, s_b2, s_b3, s_b4; } S_un_b; struct { unsigned short s_w1, s_w2; } S_un_w;
            ULONG S_addr; } S_un;
};
