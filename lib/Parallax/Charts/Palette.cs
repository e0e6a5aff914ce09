namespace Parallax.Charts;

/// <summary>The Okabe–Ito colour-blind-safe palette, in the order charts use it.</summary>
public static class Palette
{
    /// <summary>Eight colours distinguishable under the common colour-vision deficiencies.</summary>
    public static IReadOnlyList<string> Colours { get; } =
        ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"];

    /// <summary>The colour for the i-th series (cycles past the eighth).</summary>
    public static string Colour(int index) => Colours[((index % Colours.Count) + Colours.Count) % Colours.Count];

    /// <summary>A sequential scale for heatmaps: light to dark blue, so that the smallest value stays visible beside an empty cell.</summary>
    public static IReadOnlyList<object[]> Sequential { get; } =
        [[0.0, "#c6dbef"], [0.5, "#4292c6"], [1.0, "#08306b"]];
}
