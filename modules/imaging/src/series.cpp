#include "cliniclink/imaging/series.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace cliniclink::imaging {

namespace {
std::array<double, 3> normalOf(const std::array<double, 6> &o)
{
    return {o[1] * o[5] - o[2] * o[4], o[2] * o[3] - o[0] * o[5], o[0] * o[4] - o[1] * o[3]};
}

void order(AssembledSeries &s)
{
    auto &v = s.slices;
    const auto orientation = std::find_if(v.begin(), v.end(), [](const SliceDescriptor &d) { return d.imageOrientation.has_value(); });
    const bool allPositioned = std::all_of(v.begin(), v.end(), [](const SliceDescriptor &d) { return d.imagePosition.has_value(); });
    if (orientation != v.end() && allPositioned && v.size() > 1) {
        const auto n = normalOf(*orientation->imageOrientation);
        auto along = [&](const SliceDescriptor &d) {
            const auto &p = *d.imagePosition;
            return p[0] * n[0] + p[1] * n[1] + p[2] * n[2];
        };
        std::stable_sort(v.begin(), v.end(), [&](const SliceDescriptor &a, const SliceDescriptor &b) { return along(a) < along(b); });
        s.orderedByPosition = true;
        for (const auto &d : v)
            s.positions.push_back(along(d));
        std::vector<double> steps;
        for (size_t i = 1; i < s.positions.size(); ++i)
            steps.push_back(s.positions[i] - s.positions[i - 1]);
        std::vector<double> sorted = steps;
        std::sort(sorted.begin(), sorted.end());
        s.sliceSpacing = sorted[sorted.size() / 2];
        const double tolerance = std::max(1e-3, 0.01 * s.sliceSpacing);
        for (double st : steps)
            if (st > 1.5 * s.sliceSpacing + tolerance)
                s.hasGaps = true;
    } else {
        std::stable_sort(v.begin(), v.end(), [](const SliceDescriptor &a, const SliceDescriptor &b) {
            const int ia = a.instanceNumber.value_or(INT_MAX), ib = b.instanceNumber.value_or(INT_MAX);
            return ia != ib ? ia < ib : a.id < b.id;
        });
        std::vector<int> numbers;
        for (const auto &d : v)
            if (d.instanceNumber)
                numbers.push_back(*d.instanceNumber);
        for (size_t i = 1; i < numbers.size(); ++i)
            if (numbers[i] - numbers[i - 1] > 1)
                s.hasGaps = true;
    }
    for (const auto &d : v)
        if (d.rows != v.front().rows || d.columns != v.front().columns)
            s.mixedSizes = true;
}
} // namespace

std::vector<AssembledSeries> assembleSeries(const std::vector<SliceDescriptor> &slices)
{
    std::vector<AssembledSeries> out;
    QHash<QString, size_t> index;
    for (const SliceDescriptor &d : slices) {
        auto it = index.find(d.seriesInstanceUid);
        if (it == index.end()) {
            it = index.insert(d.seriesInstanceUid, out.size());
            out.push_back({});
            out.back().seriesInstanceUid = d.seriesInstanceUid;
        }
        out[*it].slices.push_back(d);
    }
    for (auto &s : out)
        order(s);
    return out;
}

} // namespace cliniclink::imaging
