namespace Parallax.Synth;

/// <summary>The generator cannot do what was asked (bad options, an output folder it must not write into).</summary>
public sealed class SynthException(string message) : Exception(message);
