// dlib's face recognition ResNet (metric learning, 128-D), for dlib_face_recognition_resnet_model_v1.dat.
#include "common.hpp"

#include <dlib/dnn.h>
#include <dlib/image_processing/full_object_detection.h>
#include <dlib/image_transforms/interpolation.h>

namespace {

// The layer types must equal the serialized ones exactly (deserialize() checks each layer's
// name and shape; the file's batch-norm layers load into affine layers, which is what
// inference wants). Architecture (dlib's documented face recognition network, a 29-layer
// ResNet): a 7×7 stride-2 convolution of 32 filters and a 3×3 stride-2 max pool, then stages of
// residual blocks of two 3×3 convolutions each: 3 of 32 filters; a halving block and 3 of 64;
// a halving block and 2 of 128; a halving block and 2 of 256; one more halving block of 256;
// finally a global average and a 128-output linear layer without bias.
template <long filters, int stride, typename Below>
using two_convolutions =
    dlib::affine<dlib::con<filters, 3, 3, 1, 1, dlib::relu<dlib::affine<dlib::con<filters, 3, 3, stride, stride, Below>>>>>;

// Shortcut = the block's input, added to its output (tag1 marks the input).
template <long filters, typename Below>
using keep_size = dlib::relu<dlib::add_prev1<two_convolutions<filters, 1, dlib::tag1<Below>>>>;

// Halving block: the shortcut is the input average-pooled to half size (skip1 returns to the
// input, tag2 holds the stride-2 convolutions' output for add_prev2).
template <long filters, typename Below>
using halve = dlib::relu<dlib::add_prev2<dlib::avg_pool<2, 2, 2, 2, dlib::skip1<dlib::tag2<two_convolutions<filters, 2, dlib::tag1<Below>>>>>>>;

template <long filters, typename Below> using keep_size_2 = keep_size<filters, keep_size<filters, Below>>;
template <long filters, typename Below> using keep_size_3 = keep_size<filters, keep_size_2<filters, Below>>;

template <typename Below> using stage_32 = keep_size_3<32, Below>;
template <typename Below> using stage_64 = keep_size_3<64, halve<64, Below>>;
template <typename Below> using stage_128 = keep_size_2<128, halve<128, Below>>;
template <typename Below> using stage_256 = keep_size_2<256, halve<256, Below>>;
template <typename Below> using stage_256_halved = halve<256, Below>;

using stem = dlib::max_pool<3, 3, 2, 2, dlib::relu<dlib::affine<dlib::con<32, 7, 7, 2, 2, dlib::input_rgb_image_sized<150>>>>>;

using resnet = dlib::loss_metric<dlib::fc_no_bias<
    128, dlib::avg_pool_everything<stage_256_halved<stage_256<stage_128<stage_64<stage_32<stem>>>>>>>>;

/// dlib's chip for this network: 150×150 pixels, the landmarks mapped to a canonical face with
/// 25% padding around it.
constexpr unsigned long chip_size = 150;
constexpr double chip_padding = 0.25;

}  // namespace

struct faceless_dlib_embedder {
    resnet net;
};

using namespace faceless_dlib;

extern "C" char *faceless_dlib_embedder_create(const char *model_path, faceless_dlib_embedder **out) {
    if (out == nullptr || model_path == nullptr) return error("model path or output pointer is null");
    *out = nullptr;
    return guarded(model_path, [&]() -> char * {
        auto *embedder = new faceless_dlib_embedder();
        try {
            dlib::deserialize(model_path) >> embedder->net;
        } catch (...) {
            delete embedder;
            throw;
        }
        *out = embedder;
        return nullptr;
    });
}

extern "C" void faceless_dlib_embedder_destroy(faceless_dlib_embedder *embedder) { delete embedder; }

extern "C" char *faceless_dlib_embedder_embed(faceless_dlib_embedder *embedder, faceless_dlib_image image,
                                              faceless_dlib_rect rect, const faceless_dlib_point *points,
                                              size_t point_count, float *embedding) {
    if (embedder == nullptr) return error("embedder handle is null");
    if (points == nullptr || embedding == nullptr) return error("points or embedding pointer is null");
    // get_face_chip_details knows the 5- and 68-point layouts only; Faceless ships the 5-point model.
    if (point_count != 5) return error("the embedding needs the 5 landmarks of the 5-point model, got " + std::to_string(point_count));
    if (char *bad = check(image)) return bad;
    return guarded("embedding", [&]() -> char * {
        std::vector<dlib::point> parts;
        for (size_t i = 0; i < point_count; ++i) parts.emplace_back(points[i].x, points[i].y);
        const dlib::full_object_detection shape(to_dlib(rect), parts);
        const auto rgb = copy<dlib::rgb_pixel>(image);
        dlib::matrix<dlib::rgb_pixel> chip;
        dlib::extract_image_chip(rgb, dlib::get_face_chip_details(shape, chip_size, chip_padding), chip);
        const dlib::matrix<float, 0, 1> vector = embedder->net(chip);
        if (vector.size() != FACELESS_DLIB_EMBEDDING_SIZE)
            return error("the network gave " + std::to_string(vector.size()) + " values, not 128: wrong model file?");
        for (long i = 0; i < vector.size(); ++i) embedding[i] = vector(i);
        return nullptr;
    });
}
