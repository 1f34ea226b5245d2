Logger.info('starting
