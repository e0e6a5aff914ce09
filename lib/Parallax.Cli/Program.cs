using Parallax.Cli;

return await CliApp.RunAsync(args);
