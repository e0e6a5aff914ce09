namespace Parallax.Tests.Adversarial;

/// <summary>Counts the adversarial cases and property checks that ran and passed, for the summary line.</summary>
public static class SuiteTally
{
    private static int _casesRun, _casesPassed, _propertiesRun, _propertiesPassed, _checksRun, _checksPassed;

    public static int CasesRun => _casesRun;
    public static int CasesPassed => _casesPassed;

    /// <summary>Runs one adversarial case, counting it as passed when it returns without an exception.</summary>
    public static void Case(Action body)
    {
        Interlocked.Increment(ref _casesRun);
        body();
        Interlocked.Increment(ref _casesPassed);
    }

    /// <summary>Counts one property (a group of generated checks) before it runs and after it passes.</summary>
    public static void Property(Action body)
    {
        Interlocked.Increment(ref _propertiesRun);
        body();
        Interlocked.Increment(ref _propertiesPassed);
    }

    /// <summary>Counts one generated check: started, then passed when <paramref name="check"/> holds.</summary>
    public static bool Check(Func<bool> check)
    {
        Interlocked.Increment(ref _checksRun);
        var ok = check();
        if (ok) Interlocked.Increment(ref _checksPassed);
        return ok;
    }

    /// <summary>The summary line printed at the end of the suite.</summary>
    public static string Summary() =>
        $"adversarial suite: {_casesPassed} of {_casesRun} hostile-input cases passed; " +
        $"{_propertiesPassed} of {_propertiesRun} properties passed ({_checksPassed} of {_checksRun} generated checks held)";
}
