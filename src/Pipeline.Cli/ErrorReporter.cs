using Pipeline.Core;
using Pipeline.Transforms;
using Pipeline.Transforms.Selection;

namespace Pipeline.Cli;

/// <summary>Turns an exception escaping a command into a French message on standard error and an exit code.</summary>
internal static class ErrorReporter
{
    public static int Report(CliConsole console, Exception exception, bool verbose)
    {
        switch (exception)
        {
            case PipelineConfigException or PipelineProjectNotFoundException or TransformProjectException or NodeSelectionException:
                // The message says where and what to do; a stack trace would only hide it. Nothing was run.
                console.WriteError(exception.Message);
                return ExitCodes.UsageError;

            case OperationCanceledException:
                console.WriteError("Interrompu : l'opération a été annulée avant la fin.");
                return ExitCodes.Failure;

            case PipelineException:
                console.WriteError(exception.Message);
                if (verbose)
                {
                    console.WriteDetail(exception.ToString());
                }

                return ExitCodes.Failure;

            default:
                console.WriteError($"Erreur inattendue ({exception.GetType().Name}) : {exception.Message}");
                console.WriteDetail(verbose
                    ? exception.ToString()
                    : "Relancez la commande avec --verbose pour afficher le détail technique.");
                return ExitCodes.Failure;
        }
    }
}
