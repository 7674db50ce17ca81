#pragma once
// The numbers of the Huai'an 2024 report's tables (../shared/samples/pdf/2024_huaian_szf.pdf), row by
// row, read off the PDF: what the reader must recover from its pdftotext text and from the PDF itself.
#include <vector>

namespace huaian {

using Rows = std::vector<std::vector<long long>>;

inline const Rows kApplications = {
    {3001, 53, 0, 0, 61, 4, 3119}, {34, 0, 0, 0, 0, 0, 34},  {1288, 21, 0, 0, 50, 3, 1362},
    {447, 7, 0, 0, 0, 0, 454},     {2, 0, 0, 0, 0, 0, 2},     {30, 1, 0, 0, 0, 0, 31},
    {5, 0, 0, 0, 0, 0, 5},         {6, 0, 0, 0, 0, 0, 6},     {7, 1, 0, 0, 0, 0, 8},
    {12, 0, 0, 0, 0, 0, 12},       {9, 0, 0, 0, 0, 0, 9},     {105, 0, 0, 0, 0, 0, 105},
    {746, 12, 0, 0, 10, 1, 769},   {11, 0, 0, 0, 0, 0, 11},   {1, 0, 0, 0, 0, 0, 1},
    {56, 6, 0, 0, 0, 0, 62},       {25, 0, 0, 0, 0, 0, 25},   {0, 0, 0, 0, 0, 0, 0},
    {0, 0, 0, 0, 0, 0, 0},         {1, 0, 0, 0, 0, 0, 1},     {67, 3, 0, 0, 1, 0, 71},
    {6, 0, 0, 0, 0, 0, 6},         {108, 2, 0, 0, 0, 0, 110}, {2932, 53, 0, 0, 61, 4, 3050},
    {103, 0, 0, 0, 0, 0, 103}};

inline const Rows kReview = {{72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20}};

inline const Rows kRegulations = {{1, 0, 11}, {8, 26, 66}};

}  // namespace huaian
