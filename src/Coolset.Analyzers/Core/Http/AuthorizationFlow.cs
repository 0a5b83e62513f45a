using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Coolset.Analyzers.Core
{
    /// <summary>
    /// On a method's control-flow graph: for every Coolset send, whether every path from where its request (and
    /// client) came to life reaches it through a statement that sets the Authorization header (docs/rules/COOL005.md).
    /// </summary>
    /// <remarks>
    /// A forward "must" analysis over a bit per tracked request or client (set = authorized on every path). A request
    /// or client that leaves the method's hands (an argument of another call, stored elsewhere, captured by a lambda
    /// or local function) counts as authorized from then on: the code it went to may set the header.
    /// </remarks>
    internal sealed class AuthorizationFlow
    {
        private const int MaximumKeys = 64;
        private const int MaximumPasses = 64;

        private readonly CoolsetRequests _requests;
        private readonly MethodRequests _method;
        private readonly CoolsetHosts _hosts;
        private readonly CancellationToken _cancellationToken;
        private readonly Dictionary<ISymbol, int> _keys = new Dictionary<ISymbol, int>(SymbolEqualityComparer.Default);
        private readonly Dictionary<CaptureId, IOperation> _captures = new Dictionary<CaptureId, IOperation>();
        private readonly HashSet<ISymbol> _everAuthorized = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        private ulong _entry;
        private bool _entryChanged;
        private readonly Func<IOperation, IOperation> _resolve;
        private List<UnauthorizedSend>? _found;

        private AuthorizationFlow(CoolsetRequests requests, MethodRequests method, CoolsetHosts hosts, CancellationToken cancellationToken)
        {
            _requests = requests;
            _method = method;
            _hosts = hosts;
            _cancellationToken = cancellationToken;
            _resolve = Resolve;
        }

        /// <summary>The sends of <paramref name="graph"/> (and of its lambdas and local functions) that some path reaches unauthorized.</summary>
        public static List<UnauthorizedSend> Analyze(ControlFlowGraph graph, CoolsetRequests requests, MethodRequests method, CoolsetHosts hosts, CancellationToken cancellationToken)
        {
            var found = new List<UnauthorizedSend>();
            var pending = new Stack<ControlFlowGraph>();
            pending.Push(graph);
            while (pending.Count > 0)
            {
                var current = pending.Pop();
                var flow = new AuthorizationFlow(requests, method, hosts, cancellationToken);
                flow.Run(current, found, pending);
            }

            return found;
        }

        private void Run(ControlFlowGraph graph, List<UnauthorizedSend> found, Stack<ControlFlowGraph> nested)
        {
            var blocks = graph.Blocks;
            foreach (var block in blocks)
            {
                foreach (var operation in BlockOperations(block))
                {
                    foreach (var descendant in operation.DescendantsAndSelf())
                    {
                        if (descendant is IFlowCaptureOperation capture)
                        {
                            _captures[capture.Id] = capture.Value;
                        }
                        else if (descendant is IFlowAnonymousFunctionOperation function)
                        {
                            nested.Push(graph.GetAnonymousFunctionControlFlowGraph(function, _cancellationToken));
                        }
                    }
                }
            }

            foreach (var localFunction in graph.LocalFunctions)
            {
                nested.Push(graph.GetLocalFunctionControlFlowGraph(localFunction, _cancellationToken));
            }

            _entry = ulong.MaxValue;
            foreach (var key in _method.CoolsetKeys)
            {
                Index(key); // members and parameters: their state where the method starts
            }

            var outStates = new ulong[blocks.Length];
            for (var i = 0; i < outStates.Length; i++)
            {
                outStates[i] = ulong.MaxValue;
            }

            // Iterate to the fixed point, then one more pass that reports.
            for (var pass = 0; pass < MaximumPasses; pass++)
            {
                var changed = false;
                foreach (var block in blocks)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    var state = Transfer(block, InState(block, outStates));
                    if (state != outStates[block.Ordinal])
                    {
                        outStates[block.Ordinal] = state;
                        changed = true;
                    }
                }

                if (!changed && !_entryChanged)
                {
                    break;
                }

                _entryChanged = false;
            }

            _found = new List<UnauthorizedSend>();
            foreach (var block in blocks)
            {
                if (block.IsReachable)
                {
                    Transfer(block, InState(block, outStates));
                }
            }

            foreach (var send in _found)
            {
                send.NoPathAuthorizes = !(send.Request != null && _everAuthorized.Contains(send.Request)) &&
                                        !(send.Client != null && _everAuthorized.Contains(send.Client));
                found.Add(send);
            }

            _found = null;
        }

        private ulong InState(BasicBlock block, ulong[] outStates)
        {
            if (block.Kind == BasicBlockKind.Entry)
            {
                return _entry;
            }

            var predecessors = block.Predecessors;
            if (predecessors.IsEmpty)
            {
                return ulong.MaxValue; // a catch or finally region: entered from anywhere in its try, assume the best
            }

            var state = ulong.MaxValue;
            foreach (var branch in predecessors)
            {
                state &= outStates[branch.Source.Ordinal];
            }

            return state;
        }

        private static IEnumerable<IOperation> BlockOperations(BasicBlock block)
        {
            foreach (var operation in block.Operations)
            {
                yield return operation;
            }

            if (block.BranchValue != null)
            {
                yield return block.BranchValue;
            }
        }

        private ulong Transfer(BasicBlock block, ulong state)
        {
            foreach (var operation in BlockOperations(block))
            {
                Visit(operation, ref state);
            }

            return state;
        }

        /// <summary>Children first: the order in which they run.</summary>
        private void Visit(IOperation operation, ref ulong state)
        {
            if (operation is IFlowAnonymousFunctionOperation)
            {
                return;
            }

            foreach (var child in operation.ChildOperations)
            {
                Visit(child, ref state);
            }

            switch (operation)
            {
                case ISimpleAssignmentOperation assignment:
                    Assigned(assignment, ref state);
                    break;
                case IInvocationOperation invocation:
                    Invoked(invocation, ref state);
                    break;
                case IArgumentOperation argument when Escapes(argument):
                    Set(Resolve(argument.Value), ref state);
                    break;
                case IReturnOperation { ReturnedValue: { } returned }:
                    Set(Resolve(returned), ref state);
                    break;
            }
        }

        private void Assigned(ISimpleAssignmentOperation assignment, ref ulong state)
        {
            var value = Resolve(assignment.Value);
            if (AuthorizationSetters.AssignedOwner(assignment.Target, _resolve) is { } owner)
            {
                Authorize(owner, ref state);
                return;
            }

            var target = Resolve(assignment.Target);
            if (Index(CoolsetRequests.KeyOf(target)) is int index)
            {
                Put(index, IsAuthorizedValue(value), ref state);
            }
            else
            {
                Set(value, ref state); // stored somewhere else: out of this method's hands
            }
        }

        private void Invoked(IInvocationOperation invocation, ref ulong state)
        {
            if (AuthorizationSetters.AddedOwner(invocation, _requests.Symbols, _resolve) is { } owner)
            {
                Authorize(owner, ref state);
                return;
            }

            if (_found == null || !_method.Sends.TryGetValue(invocation.Syntax, out var send) || !(_requests.AsSend(invocation) is { } call))
            {
                return;
            }

            var requestAuthorized = call.Request == null
                ? false
                : Resolve(call.Request) is IObjectCreationOperation inline
                    ? MethodScan.InitializerMentions(inline, AuthorizationHeader.Name)
                    : IsAuthorized(CoolsetRequests.KeyOf(Resolve(call.Request)), state, unknown: true);
            var client = call.Client == null ? null : Resolve(call.Client);
            var clientAuthorized = client is IObjectCreationOperation
                ? IsAuthorizedValue(client)
                : IsAuthorized(CoolsetRequests.KeyOf(client), state, unknown: !_requests.OutsideClientsUnauthorized);
            if (!requestAuthorized && !clientAuthorized)
            {
                _found.Add(new UnauthorizedSend(invocation.Syntax, send.Request, send.Client));
            }
        }

        private bool IsAuthorized(ISymbol? key, ulong state, bool unknown)
        {
            if (key == null)
            {
                return unknown;
            }

            if (_method.Captured.Contains(key))
            {
                return true;
            }

            if (Index(key) is int index)
            {
                return (state & (1UL << index)) != 0;
            }

            return key is IParameterSymbol || key is ILocalSymbol ? unknown : _requests.MemberClientAuthorized(key, _hosts, _cancellationToken);
        }

        /// <summary>What a request or client local holds after <c>x = value</c>: a fresh request or plain client is unauthorized.</summary>
        private bool IsAuthorizedValue(IOperation value)
        {
            if (value is IObjectCreationOperation creation)
            {
                if (_requests.Symbols.IsRequest(creation.Type))
                {
                    return MethodScan.InitializerMentions(creation, AuthorizationHeader.Name);
                }

                if (_requests.Symbols.IsClient(creation.Type))
                {
                    var handler = creation.Arguments.Length == 0 ? null : Resolve(creation.Arguments[0].Value);
                    var plain = handler == null || (handler is IObjectCreationOperation handlerCreation && _requests.Symbols.IsPlainHandler(handlerCreation.Type));
                    return !plain || MethodScan.InitializerMentions(creation, AuthorizationHeader.Name);
                }
            }

            var key = CoolsetRequests.KeyOf(value);
            if (key is IFieldSymbol || key is IPropertySymbol)
            {
                return _requests.MemberClientAuthorized(key, _hosts, _cancellationToken);
            }

            return !_requests.Symbols.IsClient(value.Type) || !_requests.OutsideClientsUnauthorized;
        }

        private bool Escapes(IArgumentOperation argument)
        {
            switch (argument.Parent)
            {
                case IInvocationOperation invocation:
                    return _requests.AsSend(invocation) == null;
                case IObjectCreationOperation creation:
                    return !_requests.Symbols.IsRequest(creation.Type) && !_requests.Symbols.IsClient(creation.Type);
                default:
                    return true;
            }
        }

        private void Authorize(ISymbol owner, ref ulong state)
        {
            _everAuthorized.Add(owner);
            if (Index(owner) is int index)
            {
                Put(index, true, ref state);
            }
        }

        private void Set(IOperation value, ref ulong state)
        {
            if (Index(CoolsetRequests.KeyOf(value)) is int index)
            {
                Put(index, true, ref state);
            }
        }

        private static void Put(int index, bool authorized, ref ulong state) =>
            state = authorized ? state | (1UL << index) : state & ~(1UL << index);

        private int? Index(ISymbol? key)
        {
            if (key == null || !_method.CoolsetKeys.Contains(key) || _method.Captured.Contains(key))
            {
                return null;
            }

            if (_keys.TryGetValue(key, out var index))
            {
                return index;
            }

            if (_keys.Count >= MaximumKeys)
            {
                return null;
            }

            index = _keys.Count;
            _keys[key] = index;

            // Members and parameters start the method as their owner left them.
            if (key is IFieldSymbol || key is IPropertySymbol || key is IParameterSymbol)
            {
                var authorized = key is IParameterSymbol ? !_requests.OutsideClientsUnauthorized : _requests.MemberClientAuthorized(key, _hosts, _cancellationToken);
                if (!authorized)
                {
                    _entry &= ~(1UL << index);
                    _entryChanged = true;
                }
            }

            return index;
        }

        private IOperation Resolve(IOperation operation)
        {
            for (var depth = 0; depth < 16; depth++)
            {
                operation = operation.WithoutConversions();
                if (operation is IFlowCaptureReferenceOperation reference && _captures.TryGetValue(reference.Id, out var captured))
                {
                    operation = captured;
                    continue;
                }

                break;
            }

            return operation;
        }
    }

    /// <summary>A send some path reaches without the Authorization header.</summary>
    internal sealed class UnauthorizedSend
    {
        public UnauthorizedSend(SyntaxNode syntax, ILocalSymbol? request, ISymbol? client)
        {
            Syntax = syntax;
            Request = request;
            Client = client;
        }

        public SyntaxNode Syntax { get; }

        public ILocalSymbol? Request { get; }

        public ISymbol? Client { get; }

        /// <summary>Nothing in the method sets the header on this request or client.</summary>
        public bool NoPathAuthorizes { get; set; }
    }
}
