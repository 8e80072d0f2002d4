// CharLS 2.x C API (Debian libcharls-dev): charls_jpegls_decoder_* / charls_jpegls_encoder_*.
#include <charls/charls.h>
