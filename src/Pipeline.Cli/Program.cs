using System.Globalization;
using Pipeline.Cli;

// Administrators read the help and the parser's own messages: French, whatever the machine's locale.
// Only the UI culture changes; number and date formatting stay explicit in the code.
CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-BE");

return await PipelineCommandLine.RunAsync(args, Console.Out, Console.Error);
