namespace Parallax.Framing;

/// <summary>
/// Keyness of one feature from its 2×2 table, as quanteda's <c>textstat_keyness</c> computes it:
/// a = count in the target, b = count in the reference, c and d = the other words of each.
/// G² is signed (negative when the target uses the feature less than expected) and divided by Williams' q;
/// chi² uses Yates' correction when an expected count is below 5 (quanteda's default); log ratio is Hardie's
/// binary log of the ratio of relative frequencies, with 0.5 for a zero count.
/// </summary>
public static class KeynessScore
{
    private const double Epsilon = 1e-9; // quanteda offsets zero cells the same way

    /// <summary>Signed log-likelihood G² with Williams' correction (no correction when a cell is zero, as quanteda).</summary>
    public static double G2(double a, double b, double c, double d)
    {
        double n = a + b + c + d;
        double e11 = (a + b) * (a + c) / n, e12 = (a + b) * (b + d) / n, e21 = (a + c) * (c + d) / n, e22 = (b + d) * (c + d) / n;
        double g2 = 2 * (Term(a, e11) + Term(b, e12) + Term(c, e21) + Term(d, e22));
        double q = a * b * c * d == 0 ? 1 : 1 + (n / (a + b) + n / (c + d) - 1) * (n / (a + c) + n / (b + d) - 1) / (6 * n);
        return (a > e11 ? 1 : -1) * g2 / q;
    }

    /// <summary>Signed chi² with Yates' correction when an expected count is below 5 and |ad − bc| ≥ n/2.</summary>
    public static double Chi2(double a, double b, double c, double d)
    {
        double n = a + b + c + d;
        double e11 = (a + b) * (a + c) / n;
        double det = Math.Abs(a * d - b * c);
        bool yates = ((a + b) * (a + c) / n < 5 || (a + b) * (b + d) / n < 5 || (a + c) * (c + d) / n < 5 || (c + d) * (b + d) / n < 5) && det >= n / 2;
        double num = yates ? n * Math.Pow(det - n * 0.5, 2) : n * det * det;
        double den = (a + b) * (c + d) * (a + c) * (b + d);
        return den == 0 ? 0 : (a > e11 ? 1 : -1) * num / den;
    }

    /// <summary>Hardie's log ratio: log2 of the target's relative frequency over the reference's.</summary>
    public static double LogRatio(double a, double b, double targetTotal, double referenceTotal)
    {
        if (targetTotal <= 0 || referenceTotal <= 0) return 0;
        return Math.Log2(Math.Max(a, 0.5) / targetTotal / (Math.Max(b, 0.5) / referenceTotal));
    }

    /// <summary>P-value of a chi-squared statistic with one degree of freedom.</summary>
    public static double PValue(double statistic) => Erfc(Math.Sqrt(Math.Abs(statistic) / 2));

    private static double Term(double observed, double expected) => observed <= 0 ? 0 : observed * Math.Log(observed / expected + Epsilon);

    // Complementary error function, Chebyshev fit with fractional error below 1.2e-7.
    private static double Erfc(double x)
    {
        double z = Math.Abs(x), t = 1 / (1 + 0.5 * z);
        double r = t * Math.Exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
            + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
