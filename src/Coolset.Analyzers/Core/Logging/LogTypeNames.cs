using System;
using System.Collections.Generic;

namespace Coolset.Analyzers.Core
{
    /// <summary>How the methods of a logging type are matched as sinks.</summary>
    internal enum SinkFamily
    {
        /// <summary>Every method writes to a log (Serilog, NLog, log4net loggers, <c>LoggerExtensions</c>).</summary>
        AllMethods,

        /// <summary><c>Microsoft.Extensions.Logging.ILogger</c>: <c>Log</c> and <c>BeginScope</c>.</summary>
        MicrosoftLogger,

        /// <summary><c>System.Console</c>: <c>Write</c> and <c>WriteLine</c>.</summary>
        Console,

        /// <summary><c>TextWriter.Write*</c> on <c>Console.Out</c> or <c>Console.Error</c>.</summary>
        ConsoleWriter,

        /// <summary><c>System.Diagnostics.Debug</c> and <c>Trace</c>: the write, print, fail and assert-message methods.</summary>
        DebugOrTrace,

        /// <summary><c>TraceSource.Trace*</c>.</summary>
        TraceSource,
    }

    /// <summary>Which method names each <see cref="SinkFamily"/> writes with; the only test that needs no semantic model.</summary>
    internal static class SinkFamilyNames
    {
        public static bool Accepts(SinkFamily family, string methodName)
        {
            switch (family)
            {
                case SinkFamily.MicrosoftLogger:
                    return methodName == "Log" || methodName == "BeginScope";
                case SinkFamily.Console:
                    return methodName == "Write" || methodName == "WriteLine";
                case SinkFamily.ConsoleWriter:
                    return methodName.StartsWith("Write", StringComparison.Ordinal);
                case SinkFamily.DebugOrTrace:
                    switch (methodName)
                    {
                        case "Write":
                        case "WriteLine":
                        case "WriteIf":
                        case "WriteLineIf":
                        case "Print":
                        case "Fail":
                        case "Assert":
                        case "TraceInformation":
                        case "TraceWarning":
                        case "TraceError":
                            return true;
                        default:
                            return false;
                    }

                case SinkFamily.TraceSource:
                    return methodName.StartsWith("Trace", StringComparison.Ordinal);
                default:
                    return true;
            }
        }
    }

    /// <summary>Metadata names of the logging types that hold sinks.</summary>
    internal static class LogTypeNames
    {
        public const string MicrosoftLogger = "Microsoft.Extensions.Logging.ILogger";
        public const string LoggerMessageAttribute = "Microsoft.Extensions.Logging.LoggerMessageAttribute";
        public const string Console = "System.Console";

        public static readonly KeyValuePair<string, SinkFamily>[] Families =
        {
            new KeyValuePair<string, SinkFamily>(MicrosoftLogger, SinkFamily.MicrosoftLogger),
            new KeyValuePair<string, SinkFamily>("Microsoft.Extensions.Logging.LoggerExtensions", SinkFamily.AllMethods),
            new KeyValuePair<string, SinkFamily>(Console, SinkFamily.Console),
            new KeyValuePair<string, SinkFamily>("System.IO.TextWriter", SinkFamily.ConsoleWriter),
            new KeyValuePair<string, SinkFamily>("System.Diagnostics.Debug", SinkFamily.DebugOrTrace),
            new KeyValuePair<string, SinkFamily>("System.Diagnostics.Trace", SinkFamily.DebugOrTrace),
            new KeyValuePair<string, SinkFamily>("System.Diagnostics.TraceSource", SinkFamily.TraceSource),
            new KeyValuePair<string, SinkFamily>("Serilog.ILogger", SinkFamily.AllMethods),
            new KeyValuePair<string, SinkFamily>("Serilog.Core.Logger", SinkFamily.AllMethods),
            new KeyValuePair<string, SinkFamily>("Serilog.Log", SinkFamily.AllMethods),
            new KeyValuePair<string, SinkFamily>("NLog.ILogger", SinkFamily.AllMethods),
            new KeyValuePair<string, SinkFamily>("NLog.ILoggerBase", SinkFamily.AllMethods),
            new KeyValuePair<string, SinkFamily>("NLog.Logger", SinkFamily.AllMethods),
            new KeyValuePair<string, SinkFamily>("log4net.ILog", SinkFamily.AllMethods),
        };
    }
}
