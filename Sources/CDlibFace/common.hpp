// Shared helpers of the faceless_dlib implementation files (not part of the C interface).
#ifndef FACELESS_DLIB_COMMON_HPP
#define FACELESS_DLIB_COMMON_HPP

#include "faceless_dlib.h"

#include <dlib/geometry/rectangle.h>
#include <dlib/image_transforms/image_pyramid.h>
#include <dlib/image_transforms/interpolation.h>
#include <dlib/matrix.h>
#include <dlib/pixel.h>

#include <cstdlib>
#include <cstring>
#include <exception>
#include <string>
#include <vector>

namespace faceless_dlib {

/// A malloc'd copy of `message` for the C caller (who frees it with faceless_dlib_free).
inline char *error(const std::string &message) {
    char *copy = static_cast<char *>(std::malloc(message.size() + 1));
    if (copy != nullptr) std::memcpy(copy, message.c_str(), message.size() + 1);
    return copy;
}

/// Runs `body` (which returns nullptr or an error), turning any exception into an error string,
/// so nothing thrown by dlib or the standard library crosses into Swift.
template <typename Body> char *guarded(const char *what, Body &&body) noexcept {
    try {
        return body();
    } catch (const std::bad_alloc &) {
        return error(std::string(what) + ": out of memory");
    } catch (const std::exception &e) {
        return error(std::string(what) + ": " + e.what());
    } catch (...) {
        return error(std::string(what) + ": unknown C++ exception");
    }
}

/// nullptr when the image can be read, else why not.
inline char *check(const faceless_dlib_image &image) {
    if (image.pixels == nullptr) return error("image has no pixels");
    if (image.width <= 0 || image.height <= 0) return error("image size must be positive");
    if (image.row_stride < image.width) return error("image row stride is smaller than its width");
    return nullptr;
}

/// The caller's buffer copied into a dlib image of pixel type P (grey, or grey replicated into
/// RGB for the networks, which were trained on colour). dlib's algorithms want images they own
/// with their own layout; a 512² copy costs far less than any model run.
template <typename P> dlib::matrix<P> copy(const faceless_dlib_image &image) {
    dlib::matrix<P> out(image.height, image.width);
    for (long row = 0; row < image.height; ++row) {
        const uint8_t *line = image.pixels + row * image.row_stride;
        for (long column = 0; column < image.width; ++column) dlib::assign_pixel(out(row, column), line[column]);
    }
    return out;
}

/// Doubles `image` `times` times, as dlib's own tools do before detecting small faces.
template <typename Image> void upsample_image(Image &image, int times) {
    dlib::pyramid_down<2> pyramid;
    for (int i = 0; i < times; ++i) dlib::pyramid_up(image, pyramid);
}

/// A rectangle found on an image upsampled `times` times, in the original image's pixels.
inline dlib::rectangle downsampled(const dlib::rectangle &rect, int times) {
    if (times == 0) return rect;
    dlib::pyramid_down<2> pyramid;
    const dlib::drectangle exact = pyramid.rect_down(dlib::drectangle(rect), times);
    return dlib::rectangle(exact);
}

inline faceless_dlib_rect to_c(const dlib::rectangle &r) { return {r.left(), r.top(), r.right(), r.bottom()}; }
inline dlib::rectangle to_dlib(const faceless_dlib_rect &r) { return dlib::rectangle(r.left, r.top, r.right, r.bottom); }

/// Upsampling beyond this is refused: 3 doublings of a 512² render is already 4096².
constexpr int max_upsample = 3;

/// Hands `found` (best first) to the C caller as a malloc'd array.
inline char *hand_over(std::vector<faceless_dlib_detection> found, faceless_dlib_detection **detections, size_t *count) {
    *detections = nullptr;
    *count = 0;
    if (found.empty()) return nullptr;
    auto *out = static_cast<faceless_dlib_detection *>(std::malloc(found.size() * sizeof(faceless_dlib_detection)));
    if (out == nullptr) return error("out of memory");
    std::memcpy(out, found.data(), found.size() * sizeof(faceless_dlib_detection));
    *detections = out;
    *count = found.size();
    return nullptr;
}

/// Common argument checks of the two detectors.
inline char *check_detect(const void *handle, const faceless_dlib_image &image, int upsample,
                          faceless_dlib_detection **detections, size_t *count) {
    if (handle == nullptr) return error("detector handle is null");
    if (detections == nullptr || count == nullptr) return error("detections or count pointer is null");
    if (upsample < 0 || upsample > max_upsample) return error("upsample must be 0..." + std::to_string(max_upsample));
    return check(image);
}

}  // namespace faceless_dlib

#endif
