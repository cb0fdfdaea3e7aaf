-- Drives Neovim's own LSP client for test/nvim: runs the steps of a plan (JSON, path in $POSTMORTEM_NVIM_PLAN)
-- in a headless Neovim started with the README's configuration, and writes one result per step to the JSON file
-- at $POSTMORTEM_NVIM_RESULTS, then quits. Every wait polls a condition with vim.wait, never a fixed sleep.
-- Written against Neovim 0.7's API (Debian bookworm), which later versions keep.

local plan = vim.json.decode(table.concat(vim.fn.readfile(os.getenv('POSTMORTEM_NVIM_PLAN')), '\n'))
local timeout = plan.timeoutMs or 30000
local results = {}

vim.o.hidden = true -- several buffers stay open and modified while the plan moves between them

-- Every publishDiagnostics the client receives, by URI: how many so far and the last version, so a step can wait
-- for the diagnostics of the buffer's current text (or for the next ones) instead of sleeping.
local published = {}
local seen = {}
local publish_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  publish_handler(err, result, ctx, config)
  if result then
    local entry = published[result.uri] or { count = 0 }
    entry.count = entry.count + 1
    entry.version = result.version
    entry.raw = result.diagnostics
    published[result.uri] = entry
  end
end

local buffers = {}

local function client_of(bufnr)
  for _, client in pairs(vim.lsp.buf_get_clients(bufnr)) do
    if client.name == 'postmortem' then return client end
  end
  return nil
end

local function buffer(file)
  local bufnr = buffers[file]
  assert(bufnr, 'not opened: ' .. file)
  vim.api.nvim_set_current_buf(bufnr)
  return bufnr
end

local function text_of(bufnr)
  return table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n') .. '\n'
end

-- Puts the cursor on a 0-based line at a 0-based byte column, as a user moving there would.
local function place(bufnr, line, col)
  vim.api.nvim_set_current_buf(bufnr)
  vim.api.nvim_win_set_cursor(0, { line + 1, col or 0 })
end

-- Runs `fn` with vim.notify and vim.ui.select captured: what the user would have been told or offered.
local function capturing(choose, fn)
  local captured = { messages = {} }
  local notify, select = vim.notify, vim.ui.select
  vim.notify = function(message, level)
    table.insert(captured.messages, { message = message, level = level })
  end
  vim.ui.select = function(items, opts, on_choice)
    captured.offered = {}
    local chosen
    for _, item in ipairs(items) do
      -- Code actions: {client_id, action} in 0.7, {ctx, action} later; code lenses: {client, lens}.
      local entry = item.action or item[2] or (item.lens and item.lens.command) or item
      local title = (opts and opts.format_item and opts.format_item(item)) or entry.title
      table.insert(captured.offered, title)
      if choose and not chosen and title and string.find(title, choose, 1, true) then chosen = item end
    end
    captured.chosen = chosen and ((chosen.action or chosen[2] or {}).title or true) or vim.NIL
    on_choice(chosen)
  end
  local ok, err = pcall(fn, captured)
  vim.notify, vim.ui.select = notify, select
  if not ok then error(err, 0) end
  return captured
end

local steps = {}

-- Opens a file of the workspace (FileType markdown starts or attaches the client) and waits for the client.
function steps.open(step)
  -- What was published before (for a buffer closed and opened again) is not this buffer's.
  local uri = vim.uri_from_fname(vim.fn.fnamemodify(step.file, ':p'))
  published[uri], seen[uri] = nil, nil
  vim.cmd('edit ' .. vim.fn.fnameescape(step.file))
  local bufnr = vim.api.nvim_get_current_buf()
  buffers[step.file] = bufnr
  assert(vim.wait(timeout, function() return client_of(bufnr) ~= nil and client_of(bufnr).initialized end, 20), 'no postmortem client attached to ' .. step.file)
  return { uri = vim.uri_from_bufnr(bufnr), text = text_of(bufnr), filetype = vim.bo[bufnr].filetype }
end

-- Waits for the diagnostics of the buffer's current version (or, with `next`, for a publish after the last one a
-- step saw; `waitMs` bounds that wait and a timeout is reported, not raised) and returns what vim.diagnostic holds.
function steps.diagnostics(step)
  local bufnr = buffer(step.file)
  local uri = vim.uri_from_bufnr(bufnr)
  local before = seen[uri] or 0
  local arrived = vim.wait(step.waitMs or timeout, function()
    local entry = published[uri]
    if not entry then return false end
    if step.next then return entry.count > before end
    -- Strictly this version: the server clears a closed document's diagnostics with a publish without one.
    return entry.version == vim.lsp.util.buf_versions[bufnr]
  end, 20)
  if not arrived and not step.next then error('no diagnostics for ' .. step.file .. ' version ' .. tostring(vim.lsp.util.buf_versions[bufnr])) end
  seen[uri] = published[uri] and published[uri].count or 0
  local client = client_of(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr, { namespace = vim.lsp.diagnostic.get_namespace(client.id) })) do
    table.insert(list, { code = d.code, line = d.lnum, col = d.col, endLine = d.end_lnum, endCol = d.end_col, severity = d.severity, message = d.message, data = d.user_data and d.user_data.lsp and d.user_data.lsp.data })
  end
  return { uri = uri, arrived = arrived, version = vim.lsp.util.buf_versions[bufnr], diagnostics = list }
end

-- Replaces one 0-based line, as typing would (the client sends didChange).
function steps.setLine(step)
  local bufnr = buffer(step.file)
  vim.api.nvim_buf_set_lines(bufnr, step.line, step.line + 1, true, { step.text })
  return { version = vim.lsp.util.buf_versions[bufnr] }
end

-- textDocument/completion at a 0-based line and byte column (default: the end of the line), with the position
-- Neovim computes for its client; `words` is what Neovim's completion would list for the typed prefix.
function steps.completion(step)
  local bufnr = buffer(step.file)
  local line = vim.api.nvim_buf_get_lines(bufnr, step.line, step.line + 1, true)[1]
  local col = step.col or #line
  place(bufnr, step.line, col)
  local params = vim.lsp.util.make_position_params()
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/completion', params, timeout)
  local response = responses and responses[client_of(bufnr).id] or {}
  local result = response.result or {}
  local items = result.items or result
  local prefix = string.match(string.sub(line, 1, col), '[%w_%-%[]*$') or ''
  local words = {}
  for _, item in ipairs(vim.lsp.util.text_document_completion_list_to_complete_items(result, prefix)) do table.insert(words, item.word) end
  return { params = params, text = text_of(bufnr), items = items, prefix = prefix, words = words, error = response.err }
end

-- textDocument/hover at a 0-based line and byte column.
function steps.hover(step)
  local bufnr = buffer(step.file)
  place(bufnr, step.line, step.col)
  local params = vim.lsp.util.make_position_params()
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, timeout)
  local response = responses and responses[client_of(bufnr).id] or {}
  return { params = params, text = text_of(bufnr), result = response.result or vim.NIL, error = response.err }
end

-- vim.lsp.buf.code_action() with the cursor at a 0-based line and byte column, as a user would run it: records the
-- request Neovim sent (its context's diagnostics carry vim.diagnostic's byte columns), what it offered or said,
-- and, when `choose` names an offered title, the buffer after Neovim applied that action.
function steps.codeAction(step)
  local bufnr = buffer(step.file)
  place(bufnr, step.line, step.col)
  local tick = vim.api.nvim_buf_get_changedtick(bufnr)
  local sent
  local request_all = vim.lsp.buf_request_all
  vim.lsp.buf_request_all = function(b, method, params, callback)
    if method == 'textDocument/codeAction' then sent = params end
    return request_all(b, method, params, callback)
  end
  local ok, captured = pcall(capturing, step.choose, function(captured)
    vim.lsp.buf.code_action(step.only and { only = step.only } or nil)
    assert(vim.wait(timeout, function() return captured.offered ~= nil or #captured.messages > 0 end, 20), 'code actions: no answer')
  end)
  vim.lsp.buf_request_all = request_all
  if not ok then error(captured, 0) end
  if step.choose and captured.chosen ~= vim.NIL then
    vim.wait(timeout, function() return vim.api.nvim_buf_get_changedtick(bufnr) ~= tick end, 20)
  end
  return { sent = sent or vim.NIL, offered = captured.offered or {}, messages = captured.messages, chosen = captured.chosen or vim.NIL, text = text_of(bufnr) }
end

-- vim.lsp.codelens.refresh() and the lenses Neovim keeps for the buffer once they arrive.
function steps.codeLenses(step)
  local bufnr = buffer(step.file)
  vim.lsp.codelens.refresh()
  local arrived = vim.wait(step.waitMs or timeout, function() return #vim.lsp.codelens.get(bufnr) > 0 end, 20)
  return { arrived = arrived, lenses = vim.lsp.codelens.get(bufnr) }
end

-- vim.lsp.codelens.run() on a 0-based line (after codeLenses): what Neovim said, and any executeCommand answer.
function steps.runCodeLens(step)
  local bufnr = buffer(step.file)
  place(bufnr, step.line, 0)
  local executed
  local handler = vim.lsp.handlers['workspace/executeCommand']
  vim.lsp.handlers['workspace/executeCommand'] = function(err, result, ctx, config)
    executed = { error = err or vim.NIL, result = result or vim.NIL }
    if handler then return handler(err, result, ctx, config) end
  end
  local ok, captured = pcall(capturing, step.choose, function(captured)
    vim.lsp.codelens.run()
    vim.wait(step.waitMs or timeout, function() return executed ~= nil or #captured.messages > 0 end, 20)
  end)
  vim.lsp.handlers['workspace/executeCommand'] = handler
  if not ok then error(captured, 0) end
  return { messages = captured.messages, offered = captured.offered or vim.NIL, executed = executed or vim.NIL }
end

-- Closes a buffer (:bwipeout!, unsaved changes dropped): the client sends didClose, and the server clears the
-- document's diagnostics, which this waits for so that they cannot be taken for those of a later open.
function steps.close(step)
  local bufnr = buffer(step.file)
  local uri = vim.uri_from_bufnr(bufnr)
  local before = published[uri] and published[uri].count or 0
  vim.cmd('bwipeout! ' .. bufnr)
  buffers[step.file] = nil
  local cleared = vim.wait(timeout, function() return published[uri] and published[uri].count > before and #published[uri].raw == 0 end, 20)
  return { cleared = cleared }
end

-- Writes a file outside the editor (a team file changing on disk, say; its folder made if need be); Neovim is
-- not told.
function steps.writeFile(step)
  vim.fn.mkdir(vim.fn.fnamemodify(step.path, ':h'), 'p')
  vim.fn.writefile(vim.split(step.text, '\n', true), step.path, 'b')
  return {}
end

for index, step in ipairs(plan.steps) do
  local ok, result = pcall(steps[step.op] or function() error('unknown step ' .. tostring(step.op)) end, step)
  results[index] = ok and result or { error = tostring(result) }
end
vim.fn.writefile({ vim.json.encode({ nvim = vim.version(), steps = results }) }, os.getenv('POSTMORTEM_NVIM_RESULTS'))
vim.cmd('qa!')
